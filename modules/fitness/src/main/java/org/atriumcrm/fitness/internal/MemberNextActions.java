package org.atriumcrm.fitness.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.FieldPaths;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.NextAction;
import org.atriumcrm.core.spi.NextActionSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Members of the user's clients (by responsible manager) to call: those whose visits are
 * {@link LifecycleStage#DECLINING declining}, and those whose membership is {@link LifecycleStage#EXPIRING
 * expiring} with no renewal yet, as the stages were last computed. An occurrence is the member's stage
 * since its day (declining) or the membership's end (expiring): done dismisses that one, the next
 * decline or end comes back. Titles are translated by the module's texts ({@code fitness.next.*}).
 */
@Component(service = NextActionSource.class)
public class MemberNextActions implements NextActionSource {

    static final String DECLINING = ModuleDescriptor.ID + ".declining";
    static final String EXPIRING = ModuleDescriptor.ID + ".expiring";
    /** Members of each stage looked at: the whole stage of a large club. */
    private static final int SCANNED = 1000;

    private final JpaTemplate jpa;
    private final ClientService clients;
    private final ClientAccess access;

    @Activate
    public MemberNextActions(@Reference(target = PlanStore.UNIT_FILTER) JpaTemplate jpa, @Reference ModuleSchema schema,
                             @Reference ClientService clients, @Reference ClientAccess access) {
        this.jpa = UnitGuard.guard(jpa);
        this.clients = clients;
        this.access = access;
    }

    /** A member in one of the two stages, as stored. */
    private record Member(String clientId, LifecycleStage stage, LocalDate since, LocalDateTime lastVisitAt) {
    }

    @Override
    public List<NextAction> nextActions(String userId, Instant now, ZoneId zone, int limit) {
        boolean nameHidden = Caller.current().map(caller -> FieldPaths.hides(caller.hiddenFields(Sections.CLIENTS), "name"))
                .orElse(false);
        List<Member> members = access.reachableOnly(members(), Member::clientId);
        Map<String, Client> own = new HashMap<>();
        for (Member member : members) {
            clients.get(member.clientId()).filter(client -> userId.equals(client.responsibleManagerId()))
                    .ifPresent(client -> own.put(client.id(), client));
        }
        Map<String, LocalDate> ends = ends(own.keySet());
        List<NextAction> items = new ArrayList<>();
        for (Member member : members) {
            Client client = own.get(member.clientId());
            if (client == null || items.size() >= limit) {
                continue;
            }
            String name = nameHidden ? "" : client.name();
            if (member.stage() == LifecycleStage.DECLINING) {
                Instant at = member.lastVisitAt() == null ? member.since().atStartOfDay(zone).toInstant()
                        : ClubCalendar.instant(member.lastVisitAt());
                items.add(new NextAction(ModuleDescriptor.ID, "declining:" + client.id() + ":" + member.since(), DECLINING,
                        "Visits declining: " + name, "client", client.id(), at, client.id(), "fitness.next.declining",
                        Map.of("name", name)));
            } else {
                Optional<LocalDate> end = Optional.ofNullable(ends.get(client.id()));
                LocalDate day = end.orElse(member.since());
                items.add(new NextAction(ModuleDescriptor.ID, "expiring:" + client.id() + ":" + day, EXPIRING,
                        "Membership ends " + day + ": " + name, "client", client.id(), day.atStartOfDay(zone).toInstant(),
                        client.id(), "fitness.next.expiring", Map.of("name", name, "end", day.toString())));
            }
        }
        return items;
    }

    private List<Member> members() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Member> found = new ArrayList<>();
            for (LifecycleStage stage : List.of(LifecycleStage.EXPIRING, LifecycleStage.DECLINING)) {
                em.createQuery("SELECT m.clientId, m.stageSince, m.lastVisitAt FROM MemberEntity m WHERE m.stage = :stage"
                                + " ORDER BY m.clientId", Object[].class).setParameter("stage", stage).setMaxResults(SCANNED)
                        .getResultList().forEach(row -> found.add(new Member((String) row[0], stage, (LocalDate) row[1],
                                (LocalDateTime) row[2])));
            }
            return found;
        });
    }

    /** The last day of each client's memberships. */
    private Map<String, LocalDate> ends(Set<String> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, LocalDate> ends = new HashMap<>();
            em.createQuery("SELECT m FROM MembershipEntity m WHERE m.clientId IN :clients", MembershipEntity.class)
                    .setParameter("clients", clientIds).getResultList()
                    .forEach(membership -> ends.merge(membership.clientId(), membership.terms().end(),
                            (one, other) -> one.isAfter(other) ? one : other));
            return ends;
        });
    }
}
