package org.atriumcrm.distribution;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * How the integration tests start Atrium: the distribution zip this build made, on free ports,
 * with its Derby database in a folder the test chooses (so a second start finds the same data).
 */
final class AtriumOptions {

    /** Inside the container, the HTTP port is readable as this system property. */
    static final String HTTP_PORT_PROPERTY = "atrium.itest.http.port";
    /** Attachments larger than this are refused in the tests' Atrium. */
    static final long ATTACHMENT_LIMIT = 1024 * 1024;
    /** How often the tests' Atrium looks for due task reminders. */
    static final long REMINDER_PERIOD_SECONDS = 2;
    /**
     * Months without activity that make a dead soul in the tests' Atrium: none, since a client's own
     * last change cannot be back-dated, so every client is inactive at once unless something is
     * dated after the moment of the request.
     */
    static final int DEAD_SOULS_INACTIVE_MONTHS = 0;
    /** The user the first start creates; the tests sign in as it. */
    static final String ADMIN_USERNAME = "admin";
    /** Its password, set before the first start (for the tests' throwaway databases only). */
    static final String ADMIN_PASSWORD = "itest-Admin-7qVx2Lm9Rk4Wt8Zp";

    /** The resources of every core bundle: when the API serves them all, core is up. */
    private static final List<String> CORE_PATHS = List.of("/api/health", "/api/clients", "/api/tasks", "/api/activities",
            "/api/opportunities", "/api/pipelines", "/api/custom-fields", "/api/modules", "/api/auth/session", "/api/users",
            "/api/roles", "/api/audit", "/api/automation/rules", "/api/automation/runs", "/api/next-actions", "/api/saved-filters");

    private AtriumOptions() {
    }

    /** Whether an OpenAPI document describes every core resource. */
    static boolean servesCoreApi(String openApi) {
        return CORE_PATHS.stream().allMatch(path -> openApi.contains("\"" + path + "\""));
    }

    static Option[] karaf(int httpPort, Path database) {
        Option[] options = karaf(httpPort, database, new File(required("atrium.itest.dir"), "karaf"));
        Option[] withAdmin = Arrays.copyOf(options, options.length + 1);
        withAdmin[options.length] = editConfigurationFilePut("etc/org.atriumcrm.security.cfg", "admin.initial.password",
                ADMIN_PASSWORD);
        return withAdmin;
    }

    /**
     * Atrium unpacked under {@code unpackTo}, with no {@code admin.initial.password}: the first start gives
     * the admin a random password, kept in the data folder's {@code atrium/initial-admin-password}.
     */
    static Option[] karaf(int httpPort, Path database, File unpackTo) {
        File distribution = new File(required("atrium.distribution"));
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(distribution.toURI().toString())
                    .karafVersion("4.4.10")
                    .name("Atrium CRM")
                    .unpackDirectory(unpackTo)
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            keepRuntimeFolder(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    required("maven.repo.local")),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            // no shutdown port (Pax Exam stops the container itself): Karaf would pick it at random and
            // could take the HTTP port chosen above before Jetty binds it
            editConfigurationFilePut("etc/config.properties", "karaf.shutdown.port", "-1"),
            editConfigurationFilePut("etc/org.ops4j.datasource-atrium.cfg", "url",
                    "jdbc:derby:" + database.toAbsolutePath() + ";create=true"),
            editConfigurationFilePut("etc/system.properties", HTTP_PORT_PROPERTY, Integer.toString(httpPort)),
            // a St Petersburg company: local numbers get the 812 area code, set once for storing, search and matching
            editConfigurationFilePut("etc/org.atriumcrm.core.cfg", "phone.default.area.code", "812"),
            editConfigurationFilePut("etc/org.atriumcrm.core.cfg", "attachment.max.bytes", Long.toString(ATTACHMENT_LIMIT)),
            editConfigurationFilePut("etc/org.atriumcrm.core.cfg", "task.reminder.period.seconds",
                    Long.toString(REMINDER_PERIOD_SECONDS)),
            editConfigurationFilePut("etc/org.atriumcrm.core.cfg", "dead.souls.inactive.months",
                    Integer.toString(DEAD_SOULS_INACTIVE_MONTHS)),
        };
    }

    /** A folder of its own for one start's Karaf, so a test can find that start's data folder. */
    static File newUnpackFolder(String name) {
        return new File(required("atrium.itest.dir"), name + "-" + System.nanoTime()).toPath().resolve("karaf").toFile();
    }

    static Path newDatabaseFolder(String name) {
        return new File(required("atrium.itest.dir"), name + "-" + System.nanoTime()).toPath().resolve("derby");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests through Maven (mvn verify)");
        }
        return value;
    }
}
