package org.atriumcrm.core.store.internal.people;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.store.internal.support.Times;
import org.atriumcrm.core.store.internal.support.TrackedEntity;

/** A CRM user. */
@Entity
@Table(name = "atr_user")
public class UserEntity extends TrackedEntity {

    @Column(name = "username", length = 100, nullable = false)
    private String username;

    /** The username in lower case: usernames are unique regardless of case. */
    @Column(name = "username_key", length = 100, nullable = false)
    private String usernameKey;

    @Column(name = "display_name", length = 200, nullable = false)
    private String displayName;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "locale", length = 10, nullable = false)
    private String locale;

    @Column(name = "team", length = 100)
    private String team;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "atr_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_id", length = 50, nullable = false)
    @OrderColumn(name = "ord")
    private List<String> roles = new ArrayList<>();

    @Column(name = "active", nullable = false)
    private boolean active;

    protected UserEntity() {
        // for JPA
    }

    UserEntity(String id, LocalDateTime now) {
        super(id, now);
    }

    static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    void apply(UserChecks.Valid user, LocalDateTime now) {
        username = user.username();
        usernameKey = key(user.username());
        displayName = user.displayName();
        email = user.email();
        locale = user.locale();
        team = user.team();
        roles.clear();
        roles.addAll(user.roles());
        active = user.active();
        touch(now);
    }

    User toUser() {
        return new User(id(), username, displayName, email, locale, team, List.copyOf(roles), active,
                Times.instant(createdAt()), Times.instant(updatedAt()), version());
    }

    String username() {
        return username;
    }
}
