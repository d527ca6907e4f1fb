package org.atriumcrm.core.automation.internal.nextactions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDate;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.DateQueries;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.FieldPaths;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.automation.internal.timed.DateOccurrences;
import org.atriumcrm.core.spi.NextAction;
import org.atriumcrm.core.spi.NextActionSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contacts of the user's clients (by responsible manager) whose birthday is today. Today's birthdays of
 * the whole base are looked up once and kept for a few minutes: every user's list asks for the same day.
 * A caller whose roles hide contacts' birthdays gets none; hidden names are left out of the title.
 * Done dismisses the day's greeting for the user.
 */
@Component(service = NextActionSource.class)
public class BirthdayActions implements NextActionSource {

    private static final int PAGE = 200;
    private static final Duration KEPT = Duration.ofMinutes(5);

    private final DateQueries dates;
    private final ClientService clients;
    private volatile Found found;

    /** A day's birthdays of the base, as read at a time. */
    private record Found(LocalDate day, Instant readAt, List<ClientDate> birthdays) {
    }

    @Activate
    public BirthdayActions(@Reference DateQueries dates, @Reference ClientService clients) {
        this.dates = dates;
        this.clients = clients;
    }

    @Override
    public List<NextAction> nextActions(String userId, Instant now, ZoneId zone, int limit) {
        Set<String> hidden = Caller.current().map(caller -> caller.hiddenFields(Sections.CLIENTS))
                .orElse(Set.of());
        if (FieldPaths.hides(hidden, "contacts.birthday")) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant startOfDay = today.atStartOfDay(zone).toInstant();
        List<NextAction> items = new ArrayList<>();
        for (ClientDate birthday : birthdays(today, now)) {
            if (items.size() >= limit || birthday.contactId() == null) {
                continue;
            }
            Optional<Client> client = clients.get(birthday.clientId()).filter(found -> userId.equals(found.responsibleManagerId()));
            Optional<ContactPerson> contact = client.flatMap(found -> found.contacts().stream()
                    .filter(person -> birthday.contactId().equals(person.id())).findFirst());
            if (contact.isEmpty()) {
                continue;
            }
            String name = FieldPaths.hides(hidden, "contacts.name") ? "" : contact.get().name();
            String clientName = FieldPaths.hides(hidden, "name") ? "" : client.get().name();
            items.add(new NextAction(NextAction.CORE, "birthday:" + birthday.contactId() + ":" + today, NextAction.BIRTHDAY,
                    name.isEmpty() || clientName.isEmpty() ? name + clientName : name + " (" + clientName + ")",
                    ClientService.RECORD_TYPE, birthday.clientId(), startOfDay, birthday.clientId(), null,
                    Map.of("contactId", birthday.contactId())));
        }
        return items;
    }

    /** Contacts born on this day of any year. */
    private List<ClientDate> birthdays(LocalDate today, Instant now) {
        Found last = found;
        if (last != null && last.day().equals(today) && last.readAt().plus(KEPT).isAfter(now)) {
            return last.birthdays();
        }
        List<ClientDate> birthdays = new ArrayList<>();
        for (DateOccurrences.Range range : DateOccurrences.candidates(0, true, today, today)) {
            String after = null;
            do {
                Page<ClientDate> page = dates.clientDates(DateQueries.BIRTHDAY, range.from(), range.to(), PAGE, after);
                page.items().stream().filter(date -> DateOccurrences.reachedWithin(date.date(), 0, true, today, today).isPresent())
                        .forEach(birthdays::add);
                after = page.next();
            } while (after != null);
        }
        found = new Found(today, now, List.copyOf(birthdays));
        return birthdays;
    }
}
