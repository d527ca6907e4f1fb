package org.atriumcrm.core.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * and kept in {@code data/atrium/initial-admin-password} for whoever started Atrium in the background.
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
        Path file = Path.of(System.getProperty("karaf.data", "data"), "atrium", "initial-admin-password");
        keep(file, password);
        // the one place a password is shown: the person starting Atrium needs it to sign in
        System.out.println("Atrium CRM: first sign-in as " + USERNAME + " with password " + password
                + " (also in " + file + "; change it after signing in)");
        LOG.info("Created the first admin, {}; its password is in {}", USERNAME, file);
    }

    private static void keep(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + System.lineSeparator());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not keep the first admin's password in {}: {}", file, e.getMessage());
        }
    }
}
