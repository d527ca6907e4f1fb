/** The engine: events after commit matched to rules, one run per rule and occurrence, actions performed and retried. */
package org.atriumcrm.core.automation.internal.engine;
