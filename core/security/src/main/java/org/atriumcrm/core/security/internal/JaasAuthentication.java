package org.atriumcrm.core.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.ApiToken;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.api.security.AuthenticationFailedException;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.IssuedApiToken;
import org.atriumcrm.core.api.security.Role;
import org.atriumcrm.core.api.security.RoleService;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.api.security.Session;
import org.atriumcrm.core.api.security.SignedIn;
import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.api.security.UserDraft;
import org.atriumcrm.core.api.security.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link Authentication}: passwords through the configured JAAS realm, lock-out after repeated
 * failures, sessions and API tokens kept by the hash of their token in the database (so every
 * Atrium node sharing the database knows them, and a restart signs nobody out).
 */
@Component(service = Authentication.class, configurationPid = SecurityConfiguration.PID)
public class JaasAuthentication implements Authentication {

    private static final String REFUSED = "Wrong username or password";
    private static final long CACHE_MILLIS = 30_000;
    /** A session's last use is written at most this often: the idle limit is minutes, not seconds. */
    private static final long TOUCH_SECONDS = 60;

    private final JpaTemplate jpa;
    private final Credentials credentials;
    private final SignInLockOut lockOut;
    private final UserService users;
    private final RoleService roles;
    private final Sections sections;
    private final AuditTrail audit;
    private final SecurityConfiguration configuration;
    private final TimedCache<Session> sessions = new TimedCache<>(CACHE_MILLIS);
    private final TimedCache<Caller> tokens = new TimedCache<>(CACHE_MILLIS);
    private final InitialAdminPassword initialAdminPassword = InitialAdminPassword.inKarafData();

    @Activate
    public JaasAuthentication(@Reference(target = SecuritySchema.UNIT_FILTER) JpaTemplate jpa, @Reference AtriumRealm realm,
                              @Reference UserService users, @Reference RoleService roles, @Reference Sections sections,
                              @Reference AuditTrail audit, SecurityConfiguration configuration) {
        this.jpa = jpa;
        this.credentials = realm.credentials();
        this.lockOut = new SignInLockOut(jpa);
        this.users = users;
        this.roles = roles;
        this.sections = sections;
        this.audit = audit;
        this.configuration = configuration;
    }

    @Override
    public SignedIn signIn(String username, char[] password) {
        requireCredentials(username, password);
        String name = username.strip();
        requireAttemptAllowed(name);
        Optional<User> user = checkPassword(name, password);
        if (user.isEmpty()) {
            audit.recordSignIn(AuditAction.LOGIN_FAILED, name, null);
            throw new AuthenticationFailedException(REFUSED, null);
        }
        lockOut.succeeded(name);
        audit.recordSignIn(AuditAction.LOGIN, user.get().username(), user.get().id());
        return openSession(user.get());
    }

    private static void requireCredentials(String username, char[] password) {
        List<FieldError> missing = new ArrayList<>();
        if (username == null || username.isBlank()) {
            missing.add(new FieldError("username", "is required"));
        }
        if (password == null || password.length == 0) {
            missing.add(new FieldError("password", "is required"));
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
    }

    /**
     * Counts an attempt to check a password of {@code username} before it is checked, so that parallel
     * guesses cannot outrun the lock-out.
     *
     * @throws AuthenticationFailedException with the end of the lock when the username is locked
     */
    private void requireAttemptAllowed(String username) {
        Optional<LocalDateTime> locked = lockOut.attempt(username, configuration.lockout_failures(), configuration.lockout_minutes());
        if (locked.isPresent()) {
            audit.recordSignIn(AuditAction.LOGIN_FAILED, username, null);
            throw new AuthenticationFailedException("Too many wrong passwords: signing in is locked for a while",
                    Utc.instant(locked.get()));
        }
    }

    /** The active CRM user the realm accepts these credentials for. */
    private Optional<User> checkPassword(String username, char[] password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader
        thread.setContextClassLoader(JaasAuthentication.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(configuration.realm(), subject, callbacks -> answer(callbacks, username, password));
            login.login();
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
        Set<String> realmRoles = subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName)
                .collect(Collectors.toSet());
        return users.byUsername(username).or(() -> provision(username, realmRoles)).filter(User::active);
    }

    private static void answer(Callback[] callbacks, String username, char[] password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(username);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password);
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    /** A user another realm (LDAP) knows but Atrium does not yet: created with the realm's roles Atrium has. */
    private Optional<User> provision(String username, Set<String> realmRoles) {
        Set<String> known = roles.list().stream().map(Role::id).collect(Collectors.toSet());
        List<String> granted = realmRoles.stream().filter(known::contains).sorted().toList();
        if (granted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(users.create(new UserDraft(username, username, null, null, null, granted, true)));
    }

    private SignedIn openSession(User user) {
        String token = Secrets.token();
        String csrf = Secrets.token();
        LocalDateTime now = Utc.now();
        LocalDateTime expires = now.plusHours(configuration.session_max_hours());
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM SessionEntity s WHERE s.expiresAt < :now").setParameter("now", now).executeUpdate();
            em.persist(new SessionEntity(Secrets.sha256(token), user.id(), csrf, now, expires));
        });
        return new SignedIn(token, new Session(callerOf(user), csrf, Utc.instant(expires)));
    }

    @Override
    public void signOut(String sessionToken) {
        String hash = Secrets.sha256(sessionToken);
        Optional<String> userId = jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity session = em.find(SessionEntity.class, hash);
            if (session == null) {
                return Optional.<String>empty();
            }
            em.remove(session);
            return Optional.of(session.userId());
        });
        sessions.forget(hash);
        userId.flatMap(users::get).ifPresent(user -> audit.recordSignIn(AuditAction.LOGOUT, user.username(), user.id()));
    }

    @Override
    public Optional<Session> session(String token) {
        return sessions.get(Secrets.sha256(token), this::loadSession);
    }

    private Optional<Session> loadSession(String hash) {
        LocalDateTime now = Utc.now();
        Optional<SessionEntity> live = jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity session = em.find(SessionEntity.class, hash);
            if (session == null || !session.liveAt(now, configuration.session_idle_minutes())) {
                return Optional.<SessionEntity>empty();
            }
            if (session.lastSeenAt().plusSeconds(TOUCH_SECONDS).isBefore(now)) {
                session.seen(now);
            }
            return Optional.of(session);
        });
        return live.flatMap(session -> users.get(session.userId()).filter(User::active)
                .map(user -> new Session(callerOf(user), session.csrfToken(), Utc.instant(session.expiresAt()))));
    }

    @Override
    public Optional<Caller> callerOf(String userId) {
        return userId == null ? Optional.empty() : users.get(userId).filter(User::active).map(this::callerOf);
    }

    @Override
    public Optional<Caller> apiToken(String token) {
        return tokens.get(Secrets.sha256(token), this::loadToken);
    }

    private Optional<Caller> loadToken(String hash) {
        LocalDateTime now = Utc.now();
        Optional<String> userId = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT t FROM ApiTokenEntity t WHERE t.tokenHash = :hash", ApiTokenEntity.class)
                .setParameter("hash", hash).getResultList().stream().filter(token -> token.liveAt(now)).findFirst()
                .map(token -> {
                    if (token.lastUsedAt() == null || token.lastUsedAt().plusSeconds(TOUCH_SECONDS).isBefore(now)) {
                        token.used(now);
                    }
                    return token.userId();
                }));
        return userId.flatMap(users::get).filter(User::active).map(this::callerOf);
    }

    @Override
    public IssuedApiToken issueApiToken(String name, Instant expiresAt) {
        Caller caller = currentCaller();
        String label = name == null ? null : name.strip();
        if (label == null || label.isEmpty() || label.length() > 100) {
            throw ValidationException.of("name", "is required, up to 100 characters");
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw ValidationException.of("expiresAt", "must be in the future");
        }
        String token = "atr_" + Secrets.token();
        LocalDateTime now = Utc.now();
        ApiTokenEntity entity = new ApiTokenEntity(UUID.randomUUID().toString(), Secrets.sha256(token),
                caller.userId(), label, now, Utc.of(expiresAt));
        jpa.tx(TransactionType.Required, em -> em.persist(entity));
        ApiToken issued = entity.toApiToken();
        audit.record(AuditAction.CREATE, "api-token", issued.id(), null, issued);
        return new IssuedApiToken(issued.id(), issued.name(), token, issued.createdAt(), issued.expiresAt());
    }

    @Override
    public List<ApiToken> apiTokens() {
        Caller caller = currentCaller();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT t FROM ApiTokenEntity t WHERE t.userId = :user ORDER BY t.createdAt", ApiTokenEntity.class)
                .setParameter("user", caller.userId()).getResultList().stream().map(ApiTokenEntity::toApiToken).toList());
    }

    @Override
    public void revokeApiToken(String id) {
        Caller caller = currentCaller();
        ApiToken revoked = jpa.txExpr(TransactionType.Required, em -> {
            ApiTokenEntity token = em.find(ApiTokenEntity.class, id);
            if (token == null || !token.userId().equals(caller.userId())) {
                throw new RecordNotFoundException("api-token", id);
            }
            em.remove(token);
            return token.toApiToken();
        });
        tokens.clear(); // the cache is keyed by token hash, which a revocation by id does not know
        audit.record(AuditAction.DELETE, "api-token", id, revoked, null);
    }

    @Override
    public void setPassword(String userId, char[] password) {
        User user = users.get(userId).orElseThrow(() -> new RecordNotFoundException(UserService.RECORD_TYPE, userId));
        // the new password and the end of everything the old one opened commit together
        List<ApiToken> revoked = jpa.txExpr(TransactionType.Required, em -> {
            credentials.setPassword(userId, password);
            return revokeAll(em, userId);
        });
        forgetCached(userId);
        audit.record(AuditAction.UPDATE, UserService.RECORD_TYPE, userId, null, new PasswordChanged("changed"));
        auditRevoked(revoked);
        if (FirstAdmin.USERNAME.equals(user.username())) {
            initialAdminPassword.forget();
        }
    }

    @Override
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        Caller caller = currentCaller();
        if (!AtriumRealm.NAME.equals(configuration.realm())) {
            throw ValidationException.of("newPassword", "is kept by the " + configuration.realm() + " realm; change it there");
        }
        Credentials.requireLength("newPassword", newPassword);
        // counted like a sign-in: a stolen session must not become a way to guess the password
        requireAttemptAllowed(caller.username());
        if (currentPassword == null || credentials.rolesIfValid(caller.username(), currentPassword) == null) {
            throw ValidationException.of("currentPassword", "is not your current password");
        }
        lockOut.succeeded(caller.username());
        setPassword(caller.userId(), newPassword);
    }

    @Override
    public void endAccess(String userId) {
        List<ApiToken> revoked = jpa.txExpr(TransactionType.Required, em -> revokeAll(em, userId));
        forgetCached(userId);
        auditRevoked(revoked);
    }

    /** Deletes the user's sessions and API tokens; returns the tokens. */
    private static List<ApiToken> revokeAll(EntityManager em, String userId) {
        List<ApiToken> owned = em.createQuery("SELECT t FROM ApiTokenEntity t WHERE t.userId = :user", ApiTokenEntity.class)
                .setParameter("user", userId).getResultList().stream().map(ApiTokenEntity::toApiToken).toList();
        em.createQuery("DELETE FROM ApiTokenEntity t WHERE t.userId = :user").setParameter("user", userId).executeUpdate();
        em.createQuery("DELETE FROM SessionEntity s WHERE s.userId = :user").setParameter("user", userId).executeUpdate();
        return owned;
    }

    /** After the commit: this node stops at once; another node's cache forgets within {@link #CACHE_MILLIS}. */
    private void forgetCached(String userId) {
        sessions.forgetIf(session -> session.caller().userId().equals(userId));
        tokens.forgetIf(caller -> caller.userId().equals(userId));
    }

    private void auditRevoked(List<ApiToken> revoked) {
        revoked.forEach(token -> audit.record(AuditAction.DELETE, "api-token", token.id(), token, null));
    }

    /** What the audit trail says of a password change: that it happened, never the password. */
    record PasswordChanged(String password) {
    }

    private Caller currentCaller() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("API tokens belong to a signed-in caller"));
    }

    private Caller callerOf(User user) {
        List<Role> all = roles.list();
        List<Role> own = all.stream().filter(role -> user.roles().contains(role.id())).toList();
        return Callers.of(user, own, sections.all(), users.teamMembers(user.team()));
    }
}
