/** Karaf console commands: {@code atrium:rules} and {@code atrium:rule-run}, a dry run of a rule on a client. */
package org.atriumcrm.core.automation.internal.commands;
