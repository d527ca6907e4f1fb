package org.atriumcrm.core.quality;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Duplicate detection. The store keeps {@link #keysOf(ClientDraft) the keys} of every client in an
 * indexed table, rewritten on every write; to find duplicates of a draft it looks up the draft's
 * {@link MatchKey#lookup() lookup keys}, loads all keys of the clients found and
 * {@link #score(Set, Set) scores} each of them.
 */
@ProviderType
public interface ClientMatching {

    /** Every key of a draft: tax ids, phones, e-mails, domains, names, city and kind. */
    Set<MatchKey> keysOf(ClientDraft draft);

    /** Every key of a stored client, the same as of a draft with its data. */
    Set<MatchKey> keysOf(Client client);

    /** How alike the two clients whose keys are given are, with the reasons. */
    MatchScore score(Set<MatchKey> draftKeys, Set<MatchKey> candidateKeys);

    /**
     * Every candidate scored against one draft, by candidate id in the candidates' order: the same
     * scores as {@link #score(Set, Set)} for each, with the draft's side read once for all of them.
     */
    default Map<String, MatchScore> scoreAll(Set<MatchKey> draftKeys, Map<String, Set<MatchKey>> candidates) {
        Map<String, MatchScore> scores = new LinkedHashMap<>();
        candidates.forEach((id, keys) -> scores.put(id, score(draftKeys, keys)));
        return scores;
    }
}
