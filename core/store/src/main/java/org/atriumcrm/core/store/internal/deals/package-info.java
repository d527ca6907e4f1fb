/**
 * Deals: opportunities with their stage history, pipelines and their stages, their checks, and
 * {@code JpaOpportunityService} and {@code JpaPipelineService}. Internal to the bundle.
 */
package org.atriumcrm.core.store.internal.deals;
