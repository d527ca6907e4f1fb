package org.atriumcrm.core.api;

import java.util.List;

/**
 * Clients that are probably one: every client is linked to another of the group by a pair that
 * looks alike (possibly through a third client).
 *
 * @param groupId  stable for the life of the scan that found it
 * @param score    the best pair's score, 0..1
 * @param decision {@link ClientMatch.Decision#STRONG} when any pair is a strong match
 * @param clients  the clients of the group, each once
 * @param pairs    the pairs found alike, best first, with the reasons
 */
public record DuplicateGroup(String groupId, double score, ClientMatch.Decision decision, List<Member> clients,
                             List<Pair> pairs) {

    public DuplicateGroup {
        clients = Lists.copyOrEmpty(clients);
        pairs = Lists.copyOrEmpty(pairs);
    }

    /** A client of a group. */
    public record Member(String clientId, String name) {
    }

    /**
     * Two clients of a group that look alike, and why.
     *
     * @param a        the client with the lower id
     * @param b        the other
     * @param reasons  the evidence for and against, strongest first
     */
    public record Pair(String a, String b, double score, ClientMatch.Decision decision, List<ClientMatch.Reason> reasons) {

        public Pair {
            reasons = Lists.copyOrEmpty(reasons);
        }
    }
}
