/**
 * A client's timeline: {@code JpaTimelineService} and the timeline sources of core's own records
 * (activities, tasks, stage and status changes). Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.timeline;
