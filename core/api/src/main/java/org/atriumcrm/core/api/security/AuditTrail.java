package org.atriumcrm.core.api.security;

import org.atriumcrm.core.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who changed what and when. Services record inside the transaction of the change, so a change
 * and its audit row are written together or not at all. Rows are never changed afterwards.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Records a change of a record by the {@linkplain Caller#current() current caller}, with the
     * fields that differ between {@code before} and {@code after} (either may be {@code null}).
     * Records, lists and maps are compared field by field: {@code legalEntities[0].inn}.
     */
    void record(AuditAction action, String recordType, String recordId, Object before, Object after);

    /** Records a login, a failed login or a logout of {@code username}. */
    void recordSignIn(AuditAction action, String username, String userId);

    Page<AuditEntry> find(AuditQuery query);
}
