package org.atriumcrm.distribution;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;

/**
 * The Karaf console of a running Atrium, as an operator reaches it: the distribution's own
 * {@code bin/client} over SSH, as the console user {@code karaf}. Give {@link #option()} to
 * {@link RunningAtrium#start} so the console listens where this client calls.
 */
final class KarafConsole {

    private static final long TIMEOUT_SECONDS = 90;

    private final int sshPort = AtriumOptions.freePort();

    /** Puts the console on this client's port (after the usual options, so it wins). */
    Option option() {
        return editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(sshPort));
    }

    /** Runs one command and gives what it printed (its output and errors). */
    String run(String command) throws IOException, InterruptedException {
        // batch mode, the command on standard input: the client's one-command exec channel closes before any output
        List<String> call = new ArrayList<>(List.of(client().toString(), "-h", "127.0.0.1", "-a", Integer.toString(sshPort),
                "-u", "karaf", "-p", "karaf", "-r", "10", "-d", "2", "-b"));
        Process process = new ProcessBuilder(call).redirectErrorStream(true).start();
        try (var input = process.getOutputStream()) {
            input.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the console did not answer " + command + " in " + TIMEOUT_SECONDS + " s");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The {@code bin/client} of the newest unpacked distribution (any will do: it only speaks SSH). */
    private static Path client() throws IOException {
        Path unpacked = new File(System.getProperty("atrium.itest.dir")).toPath();
        try (Stream<Path> found = Files.walk(unpacked, 5)) {
            Path client = found.filter(path -> path.endsWith(Path.of("bin", "client")) && Files.isRegularFile(path))
                    .max(Comparator.comparing(path -> path.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("no bin/client under " + unpacked));
            client.toFile().setExecutable(true);
            return client;
        }
    }
}
