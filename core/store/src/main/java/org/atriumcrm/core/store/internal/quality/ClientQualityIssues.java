package org.atriumcrm.core.store.internal.quality;

import java.util.List;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.DataQuality;
import org.atriumcrm.core.quality.QualityIssue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bad data stored for a client: core/quality's {@link DataQuality} issues. They are warnings,
 * so a check that fails leaves them out with a log line instead of failing the client write.
 */
@Component(service = ClientQualityIssues.class)
public class ClientQualityIssues {

    private static final Logger LOG = LoggerFactory.getLogger(ClientQualityIssues.class);

    private final DataQuality quality;

    @Activate
    public ClientQualityIssues(@Reference DataQuality quality) {
        this.quality = quality;
    }

    /** The issues of a stored client, with the fields named as the client reads back. */
    public List<QualityIssue> of(Client client) {
        return of(client.toDraft());
    }

    public List<QualityIssue> of(ClientDraft draft) {
        try {
            return quality.check(draft);
        } catch (RuntimeException e) {
            LOG.warn("Bad data of a client not checked; it has no quality issues until its next write", e);
            return List.of();
        }
    }
}
