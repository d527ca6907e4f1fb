package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The built distribution, unpacked into a fresh folder and run as its own process, the way users run it. */
final class AtriumProcess {

    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final Path home;
    private final Path database;
    final int httpPort;
    /** The admin's password, new on every run: written before the first start, which creates the admin. */
    private final String adminPassword = randomPassword();
    private Process process;

    private AtriumProcess(Path home, Path database, int httpPort) {
        this.home = home;
        this.database = database;
        this.httpPort = httpPort;
    }

    /** Unpacks the distribution into {@code folder} (emptied first) and points it at free ports and its own database. */
    static AtriumProcess unpack(Path distribution, Path folder, Path extraFeatures) throws IOException {
        deleteRecursively(folder);
        Path home = unzip(distribution, folder);
        AtriumProcess atrium = new AtriumProcess(home, folder.resolve("derby"), freePort());
        atrium.set("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(atrium.httpPort));
        atrium.set("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort()));
        atrium.set("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort()));
        atrium.set("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort()));
        atrium.set("etc/org.ops4j.datasource-atrium.cfg", "url", "jdbc:derby:" + atrium.database + ";create=true");
        atrium.set("etc/org.atriumcrm.security.cfg", "admin.initial.password", atrium.adminPassword);
        // phones as a St Petersburg firm's (set once, for storing, search and matching); the match keys
        // this JVM computes for clients it writes straight into the database (QualityLibrary) assume the same
        atrium.set("etc/org.atriumcrm.core.cfg", "phone.default.region", QualityLibrary.PHONE_REGION);
        atrium.set("etc/org.atriumcrm.core.cfg", "phone.default.area.code", QualityLibrary.PHONE_AREA_CODE);
        String repositories = atrium.get("etc/org.apache.karaf.features.cfg", "featuresRepositories");
        atrium.set("etc/org.apache.karaf.features.cfg", "featuresRepositories",
                repositories + ", " + extraFeatures.toUri());
        return atrium;
    }

    Path database() {
        return database;
    }

    /**
     * Starts Atrium and returns the seconds until {@code /api/clients} first answers 200. On the first
     * start, it signs in as the admin and authorizes {@code http} with a new API token, which the
     * database keeps for the starts after.
     */
    double start(Http http) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("EXTRA_JAVA_OPTS", "-Datrium.demo=false");
        long started = System.nanoTime();
        process = builder.start();
        long deadline = started + TimeUnit.SECONDS.toNanos(180);
        if (!http.authorized()) {
            awaitStatus(http, "/api/health", deadline);
            http.authorize(AdminToken.create(http, adminPassword, deadline));
        }
        awaitStatus(http, "/api/clients?limit=1", deadline);
        return (System.nanoTime() - started) / 1e9;
    }

    private void awaitStatus(Http http, String path, long deadline) throws InterruptedException {
        int status;
        while ((status = http.status(path)) != 200) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Atrium did not answer 200 on " + path + " within 180 s (last: " + status
                        + "); see " + home.resolve("console.log"));
            }
            Thread.sleep(50);
        }
    }

    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : tree) {
            child.onExit().toCompletableFuture().orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        process = null;
    }

    /** The Java process serving Atrium (the start script's child, or the script itself once it exec'd). */
    long javaPid() {
        return process.descendants()
                .filter(child -> child.info().command().map(command -> command.endsWith("java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    /** Resident memory of the Atrium process, in MiB. */
    double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + javaPid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for Atrium's process");
    }

    /** Heap in use after a full collection, and the heap committed, in MiB (through jcmd). */
    double[] heapMiB() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap figures");
        }
        return new double[] {Long.parseLong(used.group(2)) / 1024.0, Long.parseLong(used.group(1)) / 1024.0};
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(javaPid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }

    /** The value of {@code key} in a Karaf .cfg file, its continuation lines joined. */
    private String get(String file, String key) throws IOException {
        StringBuilder value = null;
        for (String line : Files.readAllLines(home.resolve(file))) {
            if (value == null && line.matches("\\s*" + Pattern.quote(key) + "\\s*=.*")) {
                value = new StringBuilder();
                line = line.substring(line.indexOf('=') + 1);
            } else if (value == null) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            value.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                return value.toString().replaceAll("\\s+", " ").strip();
            }
        }
        throw new IllegalStateException(key + " not found in " + file);
    }

    /** Sets {@code key} in a Karaf .cfg file, replacing its line or adding one. */
    private void set(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? new ArrayList<>(Files.readAllLines(path)) : new ArrayList<>();
        // a value may continue on the next lines with a trailing backslash: drop those too
        List<String> kept = new ArrayList<>();
        boolean continuing = false;
        for (String line : lines) {
            boolean isKey = line.matches("\\s*" + Pattern.quote(key) + "\\s*=.*");
            if (isKey || continuing) {
                continuing = line.endsWith("\\");
                continue;
            }
            kept.add(line);
        }
        kept.add(key + " = " + value);
        Files.write(path, kept);
    }

    private static Path unzip(Path zip, Path folder) throws IOException {
        Path root = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("Entry outside the folder: " + entry.getName());
                }
                if (root == null) {
                    root = folder.resolve(folder.relativize(target).getName(0));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (target.getParent().endsWith("bin")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        return root;
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
