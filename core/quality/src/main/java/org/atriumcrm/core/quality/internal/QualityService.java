package org.atriumcrm.core.quality.internal;

import java.util.List;
import java.util.Set;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.ClientMatching;
import org.atriumcrm.core.quality.DataQuality;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchScore;
import org.atriumcrm.core.quality.QualityIssue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Duplicate matching and bad-data checks as services, configured by {@value QualityConfiguration#PID}.
 * One engine serves both; a configuration change builds a new one and swaps it in. The phone
 * region and area code must agree with core's ({@code org.atriumcrm.core}), which reads the phones
 * it stores with the same two keys.
 */
@Component(service = {ClientMatching.class, DataQuality.class}, configurationPid = QualityConfiguration.PID)
@Designate(ocd = QualityConfiguration.class)
public class QualityService implements ClientMatching, DataQuality {

    private static final Logger LOG = LoggerFactory.getLogger(QualityService.class);

    private volatile QualityEngine engine;

    @Activate
    public QualityService(QualityConfiguration configuration) {
        configure(configuration);
    }

    /** Without OSGi, for tests and tools. */
    QualityService(QualitySettings settings) {
        this.engine = new QualityEngine(settings);
    }

    @Modified
    void configure(QualityConfiguration configuration) {
        QualitySettings settings = QualitySettings.from(configuration);
        engine = new QualityEngine(settings);
        LOG.info("Data quality: phones default to region {} with area code '{}', strong match from {}, possible from {}",
                settings.defaultRegion(), settings.defaultAreaCode(), settings.strongThreshold(), settings.possibleThreshold());
    }

    @Override
    public Set<MatchKey> keysOf(ClientDraft draft) {
        return engine.keysOf(draft);
    }

    @Override
    public Set<MatchKey> keysOf(Client client) {
        return engine.keysOf(client);
    }

    @Override
    public MatchScore score(Set<MatchKey> draftKeys, Set<MatchKey> candidateKeys) {
        return engine.score(draftKeys, candidateKeys);
    }

    @Override
    public List<QualityIssue> check(ClientDraft draft) {
        return List.copyOf(engine.badData().check(draft));
    }
}
