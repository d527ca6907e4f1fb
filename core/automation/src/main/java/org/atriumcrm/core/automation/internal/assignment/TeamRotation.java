package org.atriumcrm.core.automation.internal.assignment;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.security.UserService;
import org.atriumcrm.core.automation.internal.AutomationSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Round-robin in a team, durable and safe on several nodes: the team's row in
 * {@code atr_auto_rotation} is locked by an update, the next member chosen and written, and what is
 * given to them (a task, through core's service) made in the same transaction. Two nodes giving a turn
 * at once wait for each other's row lock, so each member is picked once per round; when the task
 * cannot be made, the turn is not used up.
 */
@Component(service = TeamRotation.class)
public class TeamRotation {

    private final JpaTemplate jpa;
    private final UserService users;

    @Activate
    public TeamRotation(@Reference AutomationSchema schema, @Reference(target = AutomationSchema.UNIT_FILTER) JpaTemplate jpa,
            @Reference UserService users) {
        this.jpa = jpa;
        this.users = users;
    }

    /**
     * Gives the next turn in {@code team} to a member and hands them {@code give}, all in one transaction.
     *
     * @throws IllegalArgumentException when the team has no active member
     */
    public <T> T give(String team, Function<String, T> give) {
        List<String> members = users.teamMembers(team);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("the team " + team + " has no active member");
        }
        ensureRow(team);
        return jpa.txExpr(TransactionType.Required, em -> {
            RotationEntity rotation = locked(em, team);
            String next = NextInTurn.after(rotation.lastUserId(), members).orElseThrow();
            rotation.gaveTurnTo(next);
            em.flush();
            return give.apply(next);
        });
    }

    /** Who would get the team's next turn, giving none away. */
    public Optional<String> peek(String team) {
        RotationEntity rotation = jpa.txExpr(TransactionType.Supports, em -> em.find(RotationEntity.class, team));
        return NextInTurn.after(rotation == null ? null : rotation.lastUserId(), users.teamMembers(team));
    }

    /** The team's row, locked until the transaction ends (an update takes the row's write lock on every database). */
    private static RotationEntity locked(EntityManager em, String team) {
        em.createQuery("UPDATE RotationEntity r SET r.turns = r.turns + 1 WHERE r.team = :team")
                .setParameter("team", team).executeUpdate();
        RotationEntity rotation = em.find(RotationEntity.class, team);
        em.refresh(rotation);
        return rotation;
    }

    /** The team's first turn writes its row; another node writing it at the same moment is as good. */
    private void ensureRow(String team) {
        try {
            jpa.tx(TransactionType.RequiresNew, em -> {
                if (em.find(RotationEntity.class, team) == null) {
                    em.persist(new RotationEntity(team));
                    em.flush();
                }
            });
        } catch (RuntimeException takenMeanwhile) {
            if (jpa.txExpr(TransactionType.RequiresNew, em -> em.find(RotationEntity.class, team)) == null) {
                throw takenMeanwhile;
            }
        }
    }
}
