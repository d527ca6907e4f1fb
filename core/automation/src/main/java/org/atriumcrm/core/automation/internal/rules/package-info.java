/** Rules: their JSON definitions, checked, versioned and stored, and the conditions they test records with. */
package org.atriumcrm.core.automation.internal.rules;
