package org.atriumcrm.distribution;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import org.ops4j.pax.exam.ExamSystem;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

/**
 * The built distribution running in its own Karaf process, started by Pax Exam without a probe, so
 * a test talks to it over HTTP from outside like any client does. A test class on the usual options
 * uses the {@link #shared()} one; a class that changes what others would see starts its own.
 */
final class RunningAtrium {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /** The Atrium the classes of this test JVM share; null until the first of them asks for it. */
    private static RunningAtrium shared;

    private final Path database;
    private final int port;
    private Option[] extra;
    /** Where this start's Karaf is unpacked when it has a folder of its own; null: the shared one. */
    private final File unpackTo;
    private String adminPassword;
    private TestContainer karaf;
    private Api api;

    private RunningAtrium(String name, Option[] extra, boolean generatedAdminPassword) {
        this.database = AtriumOptions.newDatabaseFolder(name);
        this.port = AtriumOptions.freePort();
        this.extra = extra;
        this.unpackTo = generatedAdminPassword ? AtriumOptions.newUnpackFolder(name) : null;
        this.adminPassword = generatedAdminPassword ? null : AtriumOptions.ADMIN_PASSWORD;
    }

    /**
     * Starts a fresh Atrium on a new database; it answers on {@link #api()}, signed in, when this returns.
     * {@code extra} options come after the usual ones, e.g. to change a configuration.
     */
    static RunningAtrium start(String name, Option... extra) throws Exception {
        stopShared();
        RunningAtrium atrium = new RunningAtrium(name, extra, false);
        atrium.boot();
        return atrium;
    }

    /**
     * The Atrium on the usual options that the test classes of this JVM share, started when the first
     * asks for it, signed in afresh for each (a session is not kept idle across other classes' runs).
     * No class stops it: {@link StopSharedAtrium} does when the test run ends, or else a shutdown hook;
     * a class starting an Atrium of its own in the same JVM pauses it (see {@link #stopShared()}).
     * A class using it must leave alone what others see: modules, configuration, the admin, and the
     * counts of the whole base; it finds its records by names no other class uses.
     */
    static synchronized RunningAtrium shared() throws Exception {
        if (shared == null) {
            RunningAtrium atrium = new RunningAtrium("shared", new Option[0], false);
            try {
                atrium.boot();
            } catch (Exception | Error e) {
                atrium.stop();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(RunningAtrium::stopShared, "stop the shared Atrium"));
            shared = atrium;
        } else {
            shared.api = shared.api.signIn(AtriumOptions.ADMIN_USERNAME, AtriumOptions.ADMIN_PASSWORD);
        }
        return shared;
    }

    /**
     * Stops the shared Atrium, if one is running; the next {@link #shared()} starts another. A start of
     * a class's own stops it first: Pax Exam runs one container at a time in a JVM (one RMI registry),
     * which is why a whole run gives the classes on the shared Atrium a JVM of their own (see the pom).
     */
    static synchronized void stopShared() {
        if (shared != null) {
            shared.karaf.stop();
            shared = null;
        }
    }

    /**
     * Starts a fresh Atrium, in a Karaf folder of its own, whose first start gives the admin a random
     * password; signed in with the password read from {@link #initialAdminPasswordFile()}.
     */
    static RunningAtrium startWithGeneratedAdminPassword(String name) throws Exception {
        stopShared();
        RunningAtrium atrium = new RunningAtrium(name, new Option[0], true);
        atrium.boot();
        return atrium;
    }

    /** The file in this Karaf's data folder the first admin's generated password is kept in, if there is one. */
    Path initialAdminPasswordFile() throws IOException {
        return dataFolder().orElseThrow(() -> new AssertionError("no Karaf data folder under " + unpackTo))
                .resolve("atrium").resolve("initial-admin-password");
    }

    private Optional<Path> dataFolder() throws IOException {
        if (unpackTo == null || !unpackTo.isDirectory()) {
            return Optional.empty();
        }
        try (Stream<Path> paths = Files.walk(unpackTo.toPath(), 3)) {
            return paths.filter(path -> path.getFileName().toString().equals("data") && Files.isDirectory(path)
                    && Files.isDirectory(path.resolveSibling("etc"))).findFirst();
        }
    }

    /** Signed in as the admin. */
    Api api() {
        return api;
    }

    /** The folder of its Derby database; open it only while Atrium is stopped. */
    Path database() {
        return database;
    }

    /** Where the browser opens Atrium. */
    String homePage() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Signed in as no one. */
    Api anonymous() {
        return api.anonymous();
    }

    /** Stops Karaf and starts it again on the same database and port. */
    void restart() throws Exception {
        stop();
        boot();
    }

    /** Stops Karaf and starts it again on the same database and port, with {@code changed} instead of the first start's extra options. */
    void restart(Option... changed) throws Exception {
        stop();
        extra = changed;
        boot();
    }

    /** Stops an Atrium the test class started; the shared one only {@link #stopShared()} stops. */
    void stop() {
        if (this == shared) {
            throw new IllegalStateException("the shared Atrium is stopped when the test run ends, by no class");
        }
        if (karaf != null) {
            karaf.stop();
            karaf = null;
        }
    }

    private void boot() throws Exception {
        Option[] usual = unpackTo == null ? AtriumOptions.karaf(port, database) : AtriumOptions.karaf(port, database, unpackTo);
        ExamSystem system = PaxExamRuntime.createServerSystem(
                Stream.concat(Arrays.stream(usual), Arrays.stream(extra)).toArray(Option[]::new));
        karaf = PaxExamRuntime.createContainer(system);
        karaf.start();
        if (adminPassword == null) {
            adminPassword = awaitInitialAdminPassword();
        }
        // sessions outlive a restart, but a fresh one keeps each start independent
        api = new Api(port).awaitReady(AtriumOptions.ADMIN_USERNAME, adminPassword, START_TIMEOUT);
    }

    private String awaitInitialAdminPassword() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> data = dataFolder();
            Path file = data.map(folder -> folder.resolve("atrium").resolve("initial-admin-password")).orElse(null);
            if (file != null && Files.isRegularFile(file)) {
                String password = Files.readString(file).strip();
                if (!password.isEmpty()) {
                    return password;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the first start kept no admin password under " + unpackTo + " within " + START_TIMEOUT);
    }
}
