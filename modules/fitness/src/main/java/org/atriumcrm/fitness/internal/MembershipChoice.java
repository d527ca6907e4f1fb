package org.atriumcrm.fitness.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Which membership of a card answers for a day. A card's memberships are one member's renewal
 * chain; the renewal of a running membership starts after it, so on a given day the one that
 * admits is the answer, else the latest that had started, else (all start later) the earliest.
 */
final class MembershipChoice {

    private MembershipChoice() {
    }

    /** @param chain the card's memberships, latest start first; not empty */
    static <T> T on(List<T> chain, Function<T, MembershipTerms> terms, LocalDate day) {
        for (T membership : chain) {
            if (terms.apply(membership).denialOn(day) == null) {
                return membership;
            }
        }
        for (T membership : chain) {
            if (!terms.apply(membership).start().isAfter(day)) {
                return membership;
            }
        }
        return chain.get(chain.size() - 1);
    }
}
