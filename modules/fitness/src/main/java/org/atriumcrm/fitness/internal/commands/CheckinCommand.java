package org.atriumcrm.fitness.internal.commands;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.fitness.internal.CheckinAnswer;
import org.atriumcrm.fitness.internal.CheckinDesk;
import org.atriumcrm.fitness.internal.CheckinRequest;

/**
 * {@code atrium:fitness-checkin <card>}: checks a card in as a turnstile would, and prints whether it
 * may enter and why not. The attempt is recorded like any other, and an allowed one is a visit.
 */
@Service
@Command(scope = "atrium", name = "fitness-checkin", description = "Checks a member's card in, as the access-control system does")
public class CheckinCommand implements Action {

    @Argument(index = 0, name = "card", description = "The card or member number", required = true)
    String card;

    @Reference
    CheckinDesk desk;

    @Override
    public Object execute() {
        CheckinAnswer answer;
        try {
            answer = desk.checkIn(new CheckinRequest(card, null, null));
        } catch (ValidationException e) {
            System.out.println("DENY " + card + ": " + e.getMessage());
            return null;
        }
        StringBuilder line = new StringBuilder(answer.decision().name()).append(' ').append(card);
        if (answer.reason() != null) {
            line.append(": ").append(answer.reason());
        }
        if (answer.membershipId() != null) {
            line.append(" (membership ").append(answer.membershipId());
            if (answer.visitsLeft() != null) {
                line.append(", ").append(answer.visitsLeft()).append(" visits left");
            }
            line.append(')');
        }
        System.out.println(line);
        return null;
    }
}
