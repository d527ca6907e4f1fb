/**
 * Activities (calls, meetings, notes) and the files attached to them: entities, checks, the allowed
 * attachment types, the attachment folder, and {@code JpaActivityService}. Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.activities;
