package org.atriumcrm.fitness.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.atriumcrm.core.api.ValidationException;

/**
 * The dates and balances of one membership and the rules that change them: its status on a day,
 * whether a member may enter, and freezes. Immutable; every change returns new terms.
 * Days are calendar days of the club and both ends of a period count ({@code end} is the last
 * valid day, {@code frozenUntil} the last frozen day).
 *
 * @param visitsLeft        for a visit pack, the visits not used yet; {@code null} for a time plan
 * @param freezeDaysAllowed taken from the plan when the membership was sold
 * @param frozenFrom        first day of the current or coming freeze, {@code null} if none
 */
public record MembershipTerms(LocalDate start, LocalDate end, Integer visitsLeft, int freezeDaysAllowed,
                              int freezeDaysUsed, LocalDate frozenFrom, LocalDate frozenUntil) {

    /** Field named in errors about a freeze that goes past the plan's limit. */
    public static final String DAYS = "days";
    /** Field named in errors about a membership that cannot be frozen or unfrozen as it stands. */
    public static final String MEMBERSHIP = "membership";

    public MembershipTerms {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a membership ends on or after its start");
        }
        if ((frozenFrom == null) != (frozenUntil == null)) {
            throw new IllegalArgumentException("a freeze has both a first and a last day");
        }
    }

    /** A new membership of a plan starting on {@code start}. */
    public static MembershipTerms sold(LocalDate start, PlanTerm term, Integer visits, int freezeDaysAllowed) {
        return new MembershipTerms(start, term.lastDay(start), visits, freezeDaysAllowed, 0, null, null);
    }

    public int freezeDaysLeft() {
        return freezeDaysAllowed - freezeDaysUsed;
    }

    public boolean frozenOn(LocalDate day) {
        return frozenFrom != null && !day.isBefore(frozenFrom) && !day.isAfter(frozenUntil);
    }

    public MembershipStatus status(LocalDate today) {
        if (frozenOn(today)) {
            return MembershipStatus.FROZEN;
        }
        if (today.isBefore(start)) {
            return MembershipStatus.PENDING;
        }
        if (today.isAfter(end)) {
            return MembershipStatus.EXPIRED;
        }
        if (visitsLeft != null && visitsLeft <= 0) {
            return MembershipStatus.USED_UP;
        }
        return MembershipStatus.ACTIVE;
    }

    /** Why the member may not enter today, or {@code null} when they may. */
    public DenialReason denialOn(LocalDate today) {
        return switch (status(today)) {
            case ACTIVE -> null;
            case FROZEN -> DenialReason.FROZEN;
            case PENDING -> DenialReason.NOT_STARTED;
            case EXPIRED -> DenialReason.EXPIRED;
            case USED_UP -> DenialReason.NO_VISITS_LEFT;
        };
    }

    /**
     * Freezes for {@code days} more days: from today (or from the start, if the membership has not
     * started), or right after a freeze already running or coming. The end moves by the same days.
     *
     * @throws ValidationException naming {@code days} when it is not positive or goes past the
     *                             freeze days the plan allows, {@code membership} when it has expired
     */
    public MembershipTerms freeze(Integer days, LocalDate today) {
        if (days == null) {
            throw ValidationException.of(DAYS, "is required");
        }
        if (days < 1) {
            throw ValidationException.of(DAYS, "must be at least 1");
        }
        if (days > freezeDaysLeft()) {
            throw ValidationException.of(DAYS, "is more than the " + freezeDaysLeft() + " freeze days left of "
                    + freezeDaysAllowed + " the plan allows");
        }
        boolean freezeGoingOn = frozenUntil != null && !frozenUntil.isBefore(today);
        if (!freezeGoingOn && today.isAfter(end)) {
            throw ValidationException.of(MEMBERSHIP, "has expired and cannot be frozen");
        }
        LocalDate from = freezeGoingOn ? frozenFrom : (today.isBefore(start) ? start : today);
        LocalDate until = freezeGoingOn ? frozenUntil.plusDays(days) : from.plusDays(days - 1L);
        return new MembershipTerms(start, end.plusDays(days), visitsLeft, freezeDaysAllowed, freezeDaysUsed + days,
                from, until);
    }

    /**
     * The first day of a renewal of these terms: the day after they end, or today when they have
     * ended already (lapsed) or a pack is used up, so that the member can train at once.
     */
    public LocalDate renewalStart(LocalDate today) {
        boolean usedUp = visitsLeft != null && visitsLeft <= 0;
        return usedUp || today.isAfter(end) ? today : end.plusDays(1);
    }

    /**
     * Ends the current or coming freeze today: the member may train again from today, and the days
     * not frozen go back to the balance and come off the end again.
     *
     * @throws ValidationException naming {@code membership} when no freeze is running or coming
     */
    public MembershipTerms unfreeze(LocalDate today) {
        if (frozenUntil == null || frozenUntil.isBefore(today)) {
            throw ValidationException.of(MEMBERSHIP, "is not frozen");
        }
        LocalDate firstUnused = frozenFrom.isAfter(today) ? frozenFrom : today;
        int unused = (int) ChronoUnit.DAYS.between(firstUnused, frozenUntil) + 1;
        LocalDate lastFrozen = firstUnused.minusDays(1);
        boolean nothingFrozen = lastFrozen.isBefore(frozenFrom);
        return new MembershipTerms(start, end.minusDays(unused), visitsLeft, freezeDaysAllowed, freezeDaysUsed - unused,
                nothingFrozen ? null : frozenFrom, nothingFrozen ? null : lastFrozen);
    }
}
