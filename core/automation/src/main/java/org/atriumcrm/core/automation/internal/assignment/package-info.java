/** Who gets what a rule assigns: the record's owner, a named user, or the next member of a team in turn. */
package org.atriumcrm.core.automation.internal.assignment;
