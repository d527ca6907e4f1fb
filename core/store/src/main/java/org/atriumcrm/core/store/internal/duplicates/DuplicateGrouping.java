package org.atriumcrm.core.store.internal.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.quality.MatchDecision;

/**
 * Groups the pairs a duplicate scan finds: clients linked by pairs, directly or through others, are
 * one group (union-find). Holds the pairs only, never the clients' keys, so a scan of a million
 * clients needs memory in proportion to the duplicates it finds, up to {@link #maxPairs} pairs.
 */
final class DuplicateGrouping {

    /** Two clients found alike, {@code a < b}; reasons as {@link DuplicateReasons} encodes them. */
    record Pair(String a, String b, double score, MatchDecision decision, String reasons) {

        Pair {
            if (a.compareTo(b) > 0) {
                String lower = b;
                b = a;
                a = lower;
            }
        }

        boolean strong() {
            return decision == MatchDecision.STRONG;
        }
    }

    /**
     * Connected clients with their pairs, best pair first.
     *
     * @param score    the best pair's score
     * @param decision the best decision of its pairs
     */
    record Group(double score, MatchDecision decision, List<String> clientIds, List<Pair> pairs) {
    }

    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingDouble((Pair pair) -> -pair.score())
            .thenComparing(Pair::a).thenComparing(Pair::b);

    private final int maxPairs;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final List<String> clientIds = new ArrayList<>();
    private final List<Pair> pairs = new ArrayList<>();
    private int[] parent = new int[64];

    DuplicateGrouping(int maxPairs) {
        this.maxPairs = maxPairs;
    }

    /** Adds a pair found once; {@code false} when the grouping is full and the pair was left out. */
    boolean add(Pair pair) {
        if (pairs.size() >= maxPairs) {
            return false;
        }
        int a = index(pair.a());
        int b = index(pair.b());
        // each client's id held once, however many pairs name it
        pairs.add(new Pair(clientIds.get(a), clientIds.get(b), pair.score(), pair.decision(), pair.reasons()));
        union(a, b);
        return true;
    }

    int pairCount() {
        return pairs.size();
    }

    /** The groups, best first (by score, then by their best pair's clients). */
    List<Group> groups() {
        Map<Integer, List<Pair>> byRoot = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            byRoot.computeIfAbsent(root(indexOf.get(pair.a())), root -> new ArrayList<>()).add(pair);
        }
        List<Group> groups = new ArrayList<>(byRoot.size());
        for (List<Pair> members : byRoot.values()) {
            members.sort(BEST_FIRST);
            Set<String> clients = new LinkedHashSet<>();
            boolean strong = false;
            for (Pair pair : members) {
                clients.add(pair.a());
                clients.add(pair.b());
                strong |= pair.strong();
            }
            groups.add(new Group(members.get(0).score(), strong ? MatchDecision.STRONG : MatchDecision.POSSIBLE,
                    List.copyOf(clients), List.copyOf(members)));
        }
        groups.sort(Comparator.comparingDouble((Group group) -> -group.score())
                .thenComparing(group -> group.pairs().get(0), BEST_FIRST));
        return groups;
    }

    private int index(String clientId) {
        Integer known = indexOf.get(clientId);
        if (known != null) {
            return known;
        }
        int index = clientIds.size();
        if (index == parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
        }
        parent[index] = index;
        indexOf.put(clientId, index);
        clientIds.add(clientId);
        return index;
    }

    private int root(int index) {
        int root = index;
        while (parent[root] != root) {
            root = parent[root];
        }
        // path compression: the next look from here is one step
        while (parent[index] != root) {
            int next = parent[index];
            parent[index] = root;
            index = next;
        }
        return root;
    }

    private void union(int a, int b) {
        int rootA = root(a);
        int rootB = root(b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
