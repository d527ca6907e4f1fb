package org.atriumcrm.distribution;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import org.ops4j.pax.exam.ExamSystem;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.TestContainer;
import org.ops4j.pax.exam.spi.PaxExamRuntime;

/**
 * The built distribution running in its own Karaf process, started by Pax Exam without a probe, so
 * a test talks to it over HTTP from outside like any client does.
 */
final class RunningAtrium {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path database;
    private final int port;
    private final Option[] extra;
    private TestContainer karaf;
    private Api api;

    private RunningAtrium(String name, Option[] extra) {
        this.database = AtriumOptions.newDatabaseFolder(name);
        this.port = AtriumOptions.freePort();
        this.extra = extra;
    }

    /**
     * Starts a fresh Atrium on a new database; it answers on {@link #api()}, signed in, when this returns.
     * {@code extra} options come after the usual ones, e.g. to change a configuration.
     */
    static RunningAtrium start(String name, Option... extra) throws Exception {
        RunningAtrium atrium = new RunningAtrium(name, extra);
        atrium.boot();
        return atrium;
    }

    /** Signed in as the admin. */
    Api api() {
        return api;
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

    void stop() {
        if (karaf != null) {
            karaf.stop();
            karaf = null;
        }
    }

    private void boot() throws Exception {
        ExamSystem system = PaxExamRuntime.createServerSystem(
                Stream.concat(Arrays.stream(AtriumOptions.karaf(port, database)), Arrays.stream(extra)).toArray(Option[]::new));
        karaf = PaxExamRuntime.createContainer(system);
        karaf.start();
        // sessions outlive a restart, but a fresh one keeps each start independent
        api = new Api(port).awaitReady(AtriumOptions.ADMIN_USERNAME, AtriumOptions.ADMIN_PASSWORD, START_TIMEOUT);
    }
}
