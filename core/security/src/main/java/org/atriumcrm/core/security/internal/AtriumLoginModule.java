package org.atriumcrm.core.security.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The login module of realm {@value AtriumRealm#NAME}: CRM users and their password hashes in
 * Atrium's database. On success the subject gets Karaf's user principal and one role principal
 * per CRM role, like every Karaf login module gives.
 */
public class AtriumLoginModule implements LoginModule {

    /** The option carrying the {@link PasswordCheck}; set by {@link AtriumRealm}. */
    static final String CHECK_OPTION = "atrium.password.check";

    private Subject subject;
    private CallbackHandler callbacks;
    private PasswordCheck check;
    private String username;
    private List<String> roles;
    private final List<java.security.Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.check = (PasswordCheck) options.get(CHECK_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw (LoginException) new LoginException("Cannot ask for the username and password").initCause(e);
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        try {
            username = name.getName();
            roles = username == null || check == null ? null : check.rolesIfValid(username, secret);
        } finally {
            Arrays.fill(secret, '\0');
            password.clearPassword();
        }
        if (roles == null) {
            throw new FailedLoginException("Wrong username or password");
        }
        return true;
    }

    @Override
    public boolean commit() {
        added.add(new UserPrincipal(username));
        roles.forEach(role -> added.add(new RolePrincipal(role)));
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        return logout();
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        roles = null;
        return true;
    }
}
