package org.atriumcrm.core.quality.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.ClientMatching;
import org.atriumcrm.core.quality.DataQuality;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchScore;
import org.atriumcrm.core.quality.Normalizer;
import org.atriumcrm.core.quality.QualityIssue;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Duplicate matching, bad-data checks and the normaliser core stores phones and websites with, as
 * services on one engine, so a phone is read the same way when it is stored, searched and matched;
 * a configuration change builds a new engine and swaps it in. Configured by {@value QualityConfiguration#PID}
 * and {@value Normalizer#CONFIGURATION_PID}, merged, the latter winning: the phone region and area
 * code are set there once; a value left in the former from older versions counts only while the
 * latter has none.
 */
@Component(service = {ClientMatching.class, DataQuality.class, Normalizer.class},
        configurationPid = {QualityConfiguration.PID, Normalizer.CONFIGURATION_PID})
// no @Designate: metatype binds one PID, and this component reads two (QualityConfiguration describes both)
public class QualityService implements ClientMatching, DataQuality, Normalizer {

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
    public Map<String, MatchScore> scoreAll(Set<MatchKey> draftKeys, Map<String, Set<MatchKey>> candidates) {
        return engine.scoreAll(draftKeys, candidates);
    }

    @Override
    public List<QualityIssue> check(ClientDraft draft) {
        return List.copyOf(engine.badData().check(draft));
    }

    @Override
    public Optional<String> phone(String typed, String country) {
        return engine.normalizer().phone(typed, country);
    }

    @Override
    public String countryOf(ClientDraft draft) {
        return engine.normalizer().countryOf(draft);
    }

    @Override
    public Optional<String> website(String typed) {
        return engine.normalizer().website(typed);
    }

    @Override
    public Optional<String> websiteDomain(String website) {
        return engine.normalizer().websiteDomain(website);
    }

    @Override
    public String defaultRegion() {
        return engine.normalizer().defaultRegion();
    }
}
