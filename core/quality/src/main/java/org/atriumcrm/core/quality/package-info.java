/**
 * Data quality of clients: the match keys a client is indexed by, the score of a candidate
 * duplicate with its reasons, and the bad data found in a draft with suggested fixes. Core's
 * store and REST resources call these services; modules reach duplicates through core's API.
 * Core's store keeps the bad data of every client ({@link org.atriumcrm.core.quality.QualityIssues}).
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.atriumcrm.core.quality;
