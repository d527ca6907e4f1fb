package org.atriumcrm.core.quality;

import java.util.List;

import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The bad data of the stored clients: what {@link DataQuality} finds in each client, kept beside
 * it and written again in the transaction of every client write. The issues are warnings: no write
 * is refused for them.
 */
@ProviderType
public interface QualityIssues {

    /**
     * A page of the stored issues, client by client (in client id order), each client's in field order.
     *
     * @throws ValidationException naming {@code limit} or {@code after}
     */
    Page<ClientQualityIssue> find(QualityIssueQuery query);

    /**
     * The stored issues of one client, in field order; empty for a client without bad data.
     *
     * @throws RecordNotFoundException when there is no such client
     */
    List<QualityIssue> of(String clientId);
}
