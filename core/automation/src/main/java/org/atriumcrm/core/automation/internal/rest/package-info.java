/** {@code /api/automation}: rules, the types they can use, and the run log. */
package org.atriumcrm.core.automation.internal.rest;
