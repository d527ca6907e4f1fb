package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.quality.MatchDecision;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchKeyTypes;
import org.atriumcrm.core.quality.MatchReason;
import org.atriumcrm.core.quality.MatchScore;

/**
 * Scores a candidate against a draft from their keys alone, so the store needs no more than the
 * key rows of the candidates it found. Evidence for: shared tax ids, e-mails, phones, domains,
 * module keys, a same or similar name, the same city beside a similar name. Evidence against,
 * which holds a score below strong: tax ids of one kind on both sides with none in common ("Альфа-Строй"
 * and "Альфа-Трейд" with different INNs), and names that differ when only a phone or a domain is shared.
 */
final class MatchScorer {

    private static final Set<String> NOT_SCORED = Set.of(MatchKeyTypes.NAME, MatchKeyTypes.NAME_TOKEN, MatchKeyTypes.NAME_SOUND,
            MatchKeyTypes.CITY, MatchKeyTypes.KIND, MatchKeyTypes.EMAIL, MatchKeyTypes.PHONE, MatchKeyTypes.DOMAIN);

    private static final SortedSet<String> EMPTY = Collections.emptySortedSet();
    /** In a fixed order, so that the reasons come in the same order every time. */
    private static final List<String> TAX_ID_TYPES = List.copyOf(new TreeSet<>(MatchKeyTypes.TAX_IDS));

    private final double strong;
    private final double possible;

    MatchScorer(double strong, double possible) {
        this.strong = strong;
        this.possible = possible;
    }

    MatchScore score(Set<MatchKey> draftKeys, Set<MatchKey> candidateKeys) {
        return prepare(draftKeys).score(candidateKeys);
    }

    /** The draft's side of every comparison, read once for all its candidates. */
    Prepared prepare(Set<MatchKey> draftKeys) {
        return new Prepared(draftKeys);
    }

    /** A draft's keys by type, its names folded, ready to score candidates one after another. */
    final class Prepared {

        private final Map<String, SortedSet<String>> draft;
        private final boolean draftPerson;
        private final List<String> names;
        private final List<FoldedName> foldedNames;
        private final List<String> moduleTypes;

        private Prepared(Set<MatchKey> draftKeys) {
            this.draft = byType(draftKeys);
            this.draftPerson = isPerson(draft);
            this.names = List.copyOf(draft.getOrDefault(MatchKeyTypes.NAME, EMPTY));
            this.foldedNames = names.stream().map(FoldedName::ofKey).toList();
            this.moduleTypes = draft.keySet().stream()
                    .filter(type -> !NOT_SCORED.contains(type) && !MatchKeyTypes.TAX_IDS.contains(type)).toList();
        }

        MatchScore score(Set<MatchKey> candidateKeys) {
            Map<String, SortedSet<String>> candidate = byType(candidateKeys);
            boolean persons = draftPerson || isPerson(candidate);
            List<MatchReason> reasons = new ArrayList<>();

            boolean taxIdShared = false;
            boolean taxIdsDiffer = false;
            for (String type : TAX_ID_TYPES) {
                Set<String> ours = draft.getOrDefault(type, EMPTY);
                Set<String> theirs = candidate.getOrDefault(type, EMPTY);
                if (ours.isEmpty() || theirs.isEmpty()) {
                    continue;
                }
                String shared = firstShared(ours, theirs);
                if (shared != null) {
                    reasons.add(new MatchReason(MatchReason.SAME_PREFIX + type, shared, 1, MatchRules.SAME_TAX_ID));
                    taxIdShared = true;
                } else {
                    reasons.add(new MatchReason(MatchReason.DIFFERENT_PREFIX + type, ours.iterator().next(), 0, 0));
                    taxIdsDiffer = true;
                }
            }
            boolean emailShared = shared(MatchKeyTypes.EMAIL, MatchRules.SAME_EMAIL, draft, candidate, reasons);
            shared(MatchKeyTypes.PHONE, MatchRules.SAME_PHONE, draft, candidate, reasons);
            shared(MatchKeyTypes.DOMAIN, MatchRules.SAME_DOMAIN, draft, candidate, reasons);
            for (String type : moduleTypes) {
                shared(type, MatchRules.SAME_MODULE_KEY, draft, candidate, reasons);
            }

            NameMatch name = bestName(candidate.getOrDefault(MatchKeyTypes.NAME, EMPTY), persons);
            double nameWeight = MatchRules.nameWeight(name.similarity, persons);
            if (nameWeight > 0) {
                String code = name.similarity >= MatchRules.SAME_NAME_FROM ? MatchReason.SAME_NAME : MatchReason.SIMILAR_NAME;
                reasons.add(new MatchReason(code, name.value, round(name.similarity), nameWeight));
                String city = firstShared(draft.getOrDefault(MatchKeyTypes.CITY, EMPTY), candidate.getOrDefault(MatchKeyTypes.CITY, EMPTY));
                if (city != null) {
                    reasons.add(new MatchReason(MatchReason.SAME_CITY, city, 1, persons ? MatchRules.PERSON_SAME_CITY : MatchRules.SAME_CITY));
                }
            }

            double missing = 1;
            for (MatchReason reason : reasons) {
                missing *= 1 - reason.weight();
            }
            double score = 1 - missing;
            double cap = strong - MatchRules.VETO_MARGIN;
            if (taxIdsDiffer && !taxIdShared) {
                score = Math.min(score, cap);
            }
            boolean nameCorroborates = name.similarity >= MatchRules.SIMILAR_NAME_FROM || name.value == null;
            if (!taxIdShared && !emailShared && !nameCorroborates && score > cap) {
                score = cap;
                reasons.add(new MatchReason(MatchReason.DIFFERENT_NAME, name.value, round(name.similarity), 0));
            }
            score = round(score);
            reasons.sort(Comparator.comparing(MatchReason::against).thenComparing(Comparator.comparingDouble(MatchReason::weight).reversed()));
            return new MatchScore(score, decide(score), reasons);
        }

        /** The most alike pair of names; its value is the draft's name key. */
        private NameMatch bestName(Set<String> theirs, boolean persons) {
            if (names.isEmpty() || theirs.isEmpty()) {
                return new NameMatch(null, 0);
            }
            List<FoldedName> theirFolded = new ArrayList<>(theirs.size());
            for (String their : theirs) {
                theirFolded.add(FoldedName.ofKey(their));
            }
            NameMatch best = new NameMatch(names.get(0), 0);
            for (int i = 0; i < names.size(); i++) {
                for (FoldedName their : theirFolded) {
                    double similarity = NameSimilarity.of(foldedNames.get(i), their, persons);
                    if (similarity > best.similarity) {
                        best = new NameMatch(names.get(i), similarity);
                    }
                }
            }
            return best;
        }
    }

    MatchDecision decide(double score) {
        if (score >= strong) {
            return MatchDecision.STRONG;
        }
        return score >= possible ? MatchDecision.POSSIBLE : MatchDecision.NONE;
    }

    private static boolean shared(String type, double weight, Map<String, SortedSet<String>> draft,
            Map<String, SortedSet<String>> candidate, List<MatchReason> reasons) {
        String shared = firstShared(draft.getOrDefault(type, EMPTY), candidate.getOrDefault(type, EMPTY));
        if (shared == null) {
            return false;
        }
        reasons.add(new MatchReason(MatchReason.SAME_PREFIX + type, shared, 1, weight));
        return true;
    }

    private static boolean isPerson(Map<String, SortedSet<String>> keys) {
        return keys.getOrDefault(MatchKeyTypes.KIND, EMPTY).contains(ClientKind.PERSON.name());
    }

    private static String firstShared(Set<String> ours, Set<String> theirs) {
        for (String value : ours) {
            if (theirs.contains(value)) {
                return value;
            }
        }
        return null;
    }

    private static Map<String, SortedSet<String>> byType(Set<MatchKey> keys) {
        Map<String, SortedSet<String>> byType = new TreeMap<>();
        for (MatchKey key : keys) {
            byType.computeIfAbsent(key.type(), type -> new TreeSet<>()).add(key.value());
        }
        return byType;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private record NameMatch(String value, double similarity) {
    }
}
