package ${package};

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

/**
 * The Atrium distribution this module is built against, started by Pax Exam in a Karaf process of its
 * own, on free ports, with a fresh Derby database and a known admin password. Pax Exam installs no
 * probe into it: the test stands outside, as an admin does, and reaches it over HTTP and through
 * the Karaf console ({@code bin/client} over SSH). The module is not installed: the test installs it.
 * Its bundle is put where Karaf finds {@code mvn:} URLs, in a folder laid out like a Maven repository.
 */
final class AtriumContainer {

    /** The user Atrium's first start creates, and the password it is given (for this throwaway database only). */
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "module-itest-Admin-4Rk8Vq2Zx7Lp";
    /** The console's user in Karaf's etc/users.properties. */
    private static final String CONSOLE_USER = "karaf";
    private static final long CONSOLE_TIMEOUT_SECONDS = 120;

    private final File work = new File(required("module.itest.dir"));
    private final int httpPort = freePort();
    private final int sshPort = freePort();
    private TestContainer karaf;

    /** Starts Karaf; Atrium's bundles go on starting after this returns. */
    static AtriumContainer start() {
        AtriumContainer atrium = new AtriumContainer();
        try {
            atrium.karaf = PaxExamRuntime.createContainer(PaxExamRuntime.createServerSystem(atrium.options()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        atrium.karaf.start();
        return atrium;
    }

    void stop() {
        if (karaf != null) {
            karaf.stop();
            karaf = null;
        }
    }

    int httpPort() {
        return httpPort;
    }

    /** The URL of the module's feature repository. */
    static String featureUrl() {
        return new File(required("module.feature")).toURI().toString();
    }

    /** Runs one console command as an admin types it, and gives what it printed (its output and errors). */
    String console(String command) throws IOException, InterruptedException {
        // batch mode, the command on standard input: the client's one-command exec channel may close before any output
        List<String> call = List.of(client().toString(), "-h", "127.0.0.1", "-a", Integer.toString(sshPort),
                "-u", CONSOLE_USER, "-p", CONSOLE_USER, "-r", "10", "-d", "2", "-b");
        Process process = new ProcessBuilder(call).redirectErrorStream(true).start();
        try (OutputStream input = process.getOutputStream()) {
            input.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(CONSOLE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the console did not answer " + command + " in " + CONSOLE_TIMEOUT_SECONDS + " s");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The {@code bin/client} of the unpacked distribution. */
    private Path client() throws IOException {
        try (Stream<Path> found = Files.walk(new File(work, "karaf").toPath(), 3)) {
            Path client = found.filter(path -> path.endsWith(Path.of("bin", "client")) && Files.isRegularFile(path))
                    .findFirst().orElseThrow(() -> new AssertionError("no bin/client under " + work));
            client.toFile().setExecutable(true);
            return client;
        }
    }

    private Option[] options() {
        Path repository = moduleRepository(work.toPath().resolve("module-repo"));
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
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort)),
            // no shutdown port (Pax Exam stops the container itself): Karaf would pick it at random and
            // could take the HTTP port chosen above before Jetty binds it
            editConfigurationFilePut("etc/config.properties", "karaf.shutdown.port", "-1"),
            editConfigurationFilePut("etc/org.ops4j.datasource-atrium.cfg", "url",
                    "jdbc:derby:" + new File(work, "derby-" + System.nanoTime()).getAbsolutePath() + ";create=true"),
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
