package org.atriumcrm.core.quality.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchScore;

/**
 * Everything data quality needs, built once for one configuration and shared by the services:
 * immutable, so a configuration change swaps in a new engine.
 */
final class QualityEngine {

    private final MatchKeyExtractor keys;
    private final MatchScorer scorer;
    private final BadDataDetector badData;
    private final FieldNormalizer normalizer;

    QualityEngine(QualitySettings settings) {
        NameFolder names = new NameFolder();
        PhoneNormalizer phones = new PhoneNormalizer(settings.defaultRegion(), settings.defaultAreaCode());
        WebDomains domains = new WebDomains(settings.extraPublicMailDomains());
        this.keys = new MatchKeyExtractor(names, new CityNames(names), phones, domains);
        this.scorer = new MatchScorer(settings.strongThreshold(), settings.possibleThreshold());
        this.badData = new BadDataDetector(phones, domains, names.legalForms());
        this.normalizer = new FieldNormalizer(phones, domains);
    }

    SortedSet<MatchKey> keysOf(ClientDraft draft) {
        return Collections.unmodifiableSortedSet(keys.keysOf(draft));
    }

    SortedSet<MatchKey> keysOf(Client client) {
        return keysOf(client.toDraft());
    }

    MatchScore score(Set<MatchKey> draftKeys, Set<MatchKey> candidateKeys) {
        return scorer.score(draftKeys, candidateKeys);
    }

    Map<String, MatchScore> scoreAll(Set<MatchKey> draftKeys, Map<String, Set<MatchKey>> candidates) {
        MatchScorer.Prepared draft = scorer.prepare(draftKeys);
        Map<String, MatchScore> scores = new LinkedHashMap<>();
        candidates.forEach((id, keys) -> scores.put(id, draft.score(keys)));
        return scores;
    }

    BadDataDetector badData() {
        return badData;
    }

    FieldNormalizer normalizer() {
        return normalizer;
    }
}
