package org.atriumcrm.fitness.itest;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * The Atrium distribution, started by Pax Exam on free ports with a fresh Derby database and a
 * known admin password. The fitness module is not installed: the tests install it as an admin would.
 * Its bundle is put where Karaf finds {@code mvn:} URLs, in a folder laid out like a Maven repository.
 */
final class AtriumContainer {

    /** Inside the container, the HTTP port is readable as this system property. */
    static final String HTTP_PORT = "module.itest.http.port";
    /** Inside the container, the URL of the module's feature repository. */
    static final String FEATURE_URL = "module.itest.feature";
    /** The user Atrium's first start creates, and the password it is given (for this throwaway database only). */
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "fitness-itest-Admin-7Qw3Nz9Bc5Tm";

    private AtriumContainer() {
    }

    static Option[] options() {
        File work = new File(required("module.itest.dir"));
        Path repository = moduleRepository(work.toPath().resolve("module-repo"));
        String httpPort = Integer.toString(freePort());
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(required("atrium.distribution")).toURI().toString())
                    .karafVersion(required("karaf.version"))
                    .name("Atrium CRM")
                    .unpackDirectory(new File(work, "karaf"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            keepRuntimeFolder(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    required("maven.repo.local")),
            editConfigurationFileExtend("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                    repository.toUri() + "@id=module@snapshots"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.ops4j.datasource-atrium.cfg", "url",
                    "jdbc:derby:" + new File(work, "derby-" + System.nanoTime()).getAbsolutePath() + ";create=true"),
            editConfigurationFilePut("etc/system.properties", FEATURE_URL,
                    new File(required("module.feature")).toURI().toString()),
            editConfigurationFilePut("etc/system.properties", HTTP_PORT, httpPort),
            editConfigurationFilePut("etc/org.atriumcrm.security.cfg", "admin.initial.password", ADMIN_PASSWORD),
        };
    }

    /** Copies the module bundle to where its {@code mvn:} URL points in a repository folder. */
    private static Path moduleRepository(Path root) {
        String[] coordinates = required("module.bundle.url").substring("mvn:".length()).split("/");
        Path target = root.resolve(coordinates[0].replace('.', '/')).resolve(coordinates[1]).resolve(coordinates[2])
                .resolve(coordinates[1] + "-" + coordinates[2] + ".jar");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(Path.of(required("module.bundle")), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with mvn verify");
        }
        return value;
    }
}
