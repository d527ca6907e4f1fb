/**
 * Custom fields: their definitions ({@code JpaCustomFieldService}) and the values every record kind
 * stores for them ({@code CustomValues}, used by the other aggregates). Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.fields;
