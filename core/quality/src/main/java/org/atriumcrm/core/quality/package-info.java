/**
 * Data quality of clients: the match keys a client is indexed by, the score of a candidate
 * duplicate with its reasons, and the bad data found in a draft with suggested fixes. Core's
 * store and REST resources call these services; modules reach duplicates through core's API.
 * Core's store keeps the bad data of every client ({@link org.atriumcrm.core.quality.QualityIssues}).
 * The one way phones, websites ({@link org.atriumcrm.core.quality.Normalizer}) and tax ids
 * ({@link org.atriumcrm.core.quality.TaxIds}) are read and checked, by the store as by matching.
 */
@org.osgi.annotation.versioning.Version("1.4.0")
package org.atriumcrm.core.quality;
