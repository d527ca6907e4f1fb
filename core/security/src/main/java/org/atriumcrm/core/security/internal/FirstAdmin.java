package org.atriumcrm.core.security.internal;

import java.util.List;

import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.api.security.Role;
import org.atriumcrm.core.api.security.User;
import org.atriumcrm.core.api.security.UserDraft;
import org.atriumcrm.core.api.security.UserService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no active admin), creates the user {@value #USERNAME} with the password
 * configured as {@code admin.initial.password}, or else a random one, shown once on the console
 * and kept in {@code data/atrium/initial-admin-password} (owner-only) for whoever started Atrium in the
 * background, until the admin's password is changed.
 * There is never a fixed default password.
 */
@Component(immediate = true, configurationPid = SecurityConfiguration.PID)
public class FirstAdmin {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    @Activate
    public FirstAdmin(@Reference UserService users, @Reference Authentication authentication,
                      SecurityConfiguration configuration) {
        if (users.hasAdmin()) {
            return;
        }
        User admin = users.byUsername(USERNAME).orElseGet(() -> users.create(
                new UserDraft(USERNAME, "Administrator", null, "en", null, List.of(Role.ADMIN), true)));
        boolean configured = !configuration.admin_initial_password().isBlank();
        String password = configured ? configuration.admin_initial_password() : Secrets.password();
        authentication.setPassword(admin.id(), password.toCharArray());
        if (configured) {
            LOG.info("Created the first admin, {}, with the password set in etc/{}.cfg", USERNAME, SecurityConfiguration.PID);
            return;
        }
        InitialAdminPassword file = InitialAdminPassword.inKarafData();
        boolean kept = file.keep(password);
        // the one place a password is shown: the person starting Atrium needs it to sign in
        System.out.println("Atrium CRM: first sign-in as " + USERNAME + " with password " + password
                + (kept ? " (also in " + file.file() + " until you change it)" : "") + "; change it after signing in");
        LOG.info("Created the first admin, {}; its password is in {}", USERNAME, kept ? file.file() : "the console output only");
    }
}
