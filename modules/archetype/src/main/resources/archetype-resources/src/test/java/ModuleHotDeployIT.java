package ${package};

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Installs the module into a running Atrium as an admin would (first with a plain
 * {@code feature:install} in the Karaf console, with Karaf's default options), uses it, removes it and installs it
 * again through {@code /api/modules}, while a few clients keep calling core's API. Not one of their requests may fail, the module's data
 * must survive the removal, and everything the module adds must come and go with it. Every call is the admin's.
 */
public class ModuleHotDeployIT {

    private static final String MODULE = "${moduleId}";
    private static final String FEATURE = "atrium-" + MODULE;
    private static final String ITEMS = "/api/" + MODULE + "/items";
    private static final String SCRIPT = "/ui/modules/" + MODULE + "/" + MODULE + "-client-tab.js";
    private static final long TIMEOUT_MILLIS = 30_000;
    /** A fresh Atrium creates its schema and first admin before it answers. */
    private static final long START_MILLIS = 120_000;
    private static final String SESSION_COOKIE = "ATRIUM_SESSION";
    private static final String CSRF_HEADER = "X-CSRF-Token";
    /** A wrong password more than this many times in a row would lock the admin out. */
    private static final int SIGN_IN_ATTEMPTS = 4;

    private static AtriumContainer atrium;

    @BeforeClass
    public static void startAtrium() {
        atrium = AtriumContainer.start();
    }

    @AfterClass
    public static void stopAtrium() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    @Test
    public void installsUsesRemovesAndReinstallsWhileCoreKeepsServing() throws Exception {
        await("Atrium answering", START_MILLIS, () -> status("/api/health") == 200);
        signIn();
        await("core API", () -> status("/api/openapi.json") == 200 && body("/api/openapi.json").contains("\"/api/clients\""));
        String client = idOf(send("/api/clients", "POST", "{\"kind\":\"PERSON\",\"name\":\"Hot Deploy Member\"}").body);
        assertConsoleQuiet(atrium.console("feature:repo-add " + AtriumContainer.featureUrl()));
        assertTrue("offered once its repository is added", body("/api/modules/available").contains("\"id\":\"" + MODULE + "\""));

        CoreLoad load = new CoreLoad(3);
        try {
            long installMillis = timed(() -> assertConsoleQuiet(atrium.console("feature:install " + FEATURE)));
            await("module endpoint", () -> status(ITEMS + "?clientId=" + client) == 200);
            Reply created = send(ITEMS, "POST", "{\"clientId\":\"" + client + "\",\"title\":\"First visit\"}");
            assertEquals(created.body, 201, created.status);
            assertEquals(422, send(ITEMS, "POST", "{\"clientId\":\"" + client + "\",\"title\":\"\"}").status);
            assertTrue(body(ITEMS + "?clientId=" + client).contains("First visit"));
            assertTrue("on the client's timeline", body("/api/clients/" + client + "/timeline").contains("First visit"));
            assertTrue("described in OpenAPI", body("/api/openapi.json").contains("\"" + ITEMS + "\""));
            assertTrue("listed as active", body("/api/modules").contains("\"id\":\"" + MODULE + "\""));
            assertTrue("its tab is offered", body("/api/ui/contributions").contains(MODULE + "-client-tab"));
            assertEquals(200, status(SCRIPT));
            await("console command", () -> offersCommand(MODULE + ":items"));

            long uninstallMillis = timed(() -> assertEquals(204, send("/api/modules/" + MODULE, "DELETE", null).status));
            await("module endpoint gone", () -> whileGoing(status(ITEMS + "?clientId=" + client)) == 404);
            Reply gone = send(ITEMS + "?clientId=" + client, "GET", null);
            assertEquals("application/problem+json", gone.contentType);
            assertEquals(200, status("/api/clients/" + client));
            assertTrue("OpenAPI forgets it", !body("/api/openapi.json").contains("\"" + ITEMS + "\""));
            assertTrue("no longer listed", !body("/api/modules").contains("\"id\":\"" + MODULE + "\""));
            assertEquals(404, status(SCRIPT));
            await("console command gone", () -> !offersCommand(MODULE + ":items"));

            long reinstallMillis = timed(() -> assertEquals(201, send("/api/modules", "POST", "{\"id\":\"" + MODULE + "\"}").status));
            await("module endpoint back", () -> status(ITEMS + "?clientId=" + client) == 200);
            assertTrue("the data written before is back", body(ITEMS + "?clientId=" + client).contains("First visit"));

            load.stop();
            System.out.printf("%s hot deploy: install %d ms, uninstall %d ms, re-install %d ms; "
                    + "core requests meanwhile: %d answered, %d failed%n",
                    MODULE, installMillis, uninstallMillis, reinstallMillis, load.succeeded.get(), load.failed.get());
        } finally {
            load.stop();
        }
        assertTrue("core was called during the changes", load.succeeded.get() > 50);
        assertEquals("failed core requests while the module came and went: " + load.lastFailure, 0, load.failed.get());
    }

    /** Clients calling core's client list in a loop, counting what did not answer 200. */
    private static final class CoreLoad {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger succeeded = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final Thread[] threads;
        private volatile String lastFailure;

        CoreLoad(int clients) {
            threads = new Thread[clients];
            for (int i = 0; i < clients; i++) {
                threads[i] = new Thread(this::run, "core-load-" + i);
                threads[i].start();
            }
        }

        private void run() {
            while (running.get()) {
                try {
                    Reply reply = send("/api/clients?limit=20", "GET", null);
                    if (reply.status == 200) {
                        succeeded.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        lastFailure = reply.status + " " + reply.body;
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                    lastFailure = e.toString();
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(10_000);
            }
        }
    }

    /** A command that succeeded prints no error: the console reports one as "Error executing command" or as an exception. */
    private static void assertConsoleQuiet(String printed) {
        assertTrue("the console printed: " + printed, !printed.contains("Error") && !printed.contains("Exception"));
    }

    /** Whether the console knows the command: it then describes it, or else answers "Command not found". */
    private static boolean offersCommand(String command) {
        try {
            return atrium.console(command + " --help").contains("DESCRIPTION");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static long timed(Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** While its module goes, an endpoint answers as before, 503 (try again) or 404; never 500. */
    private static int whileGoing(int status) {
        assertTrue("the module's endpoint answered " + status + " while the module went",
                status == 200 || status == 503 || status == 404);
        return status;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, TIMEOUT_MILLIS, condition);
    }

    private static void await(String what, long timeoutMillis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + ": not within " + timeoutMillis + " ms");
    }

    private static String idOf(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(json, id.find());
        return id.group(1);
    }

    private record Reply(int status, String contentType, String body) {
    }

    /** The admin's session cookie and CSRF token: every call sends them once signed in, writes the token too. */
    private record Session(String cookie, String csrfToken) {
    }

    private static volatile Session admin;

    /**
     * Signs in as the admin, retrying while the login is not served yet. A refusal is retried only a
     * few times, below the lockout: the admin may still be being created.
     */
    private static void signIn() throws Exception {
        String credentials = "{\"username\":\"" + AtriumContainer.ADMIN_USERNAME + "\",\"password\":\""
                + AtriumContainer.ADMIN_PASSWORD + "\"}";
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        int refused = 0;
        while (System.currentTimeMillis() < deadline) {
            HttpURLConnection login = open("/api/auth/login", "POST", credentials);
            int status = login.getResponseCode();
            List<String> cookies = login.getHeaderFields().getOrDefault("Set-Cookie", List.of());
            Reply reply = reply(login);
            if (status == 200) {
                admin = new Session(sessionCookie(cookies), csrfToken(reply.body));
                return;
            }
            if (status == 401) {
                refused++;
            }
            if (status == 423 || refused == SIGN_IN_ATTEMPTS) {
                throw new AssertionError("the admin could not sign in: " + status + " " + reply.body);
            }
            Thread.sleep(refused > 0 ? 2_000 : 250);
        }
        throw new AssertionError("the admin could not sign in within " + TIMEOUT_MILLIS + " ms");
    }

    private static String sessionCookie(List<String> cookies) {
        return cookies.stream().filter(cookie -> cookie.startsWith(SESSION_COOKIE + "=")).map(cookie -> cookie.split(";", 2)[0])
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
    }

    private static String csrfToken(String login) {
        Matcher token = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(login);
        assertTrue(login, token.find());
        return token.group(1);
    }

    private static int status(String path) {
        try {
            return send(path, "GET", null).status;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String body(String path) {
        try {
            return send(path, "GET", null).body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply send(String path, String method, String json) throws IOException {
        return reply(open(path, method, json));
    }

    private static HttpURLConnection open(String path, String method, String json) throws IOException {
        URL url = new URL("http://localhost:" + atrium.httpPort() + path);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setRequestMethod(method);
        Session session = admin;
        if (session != null) {
            connection.setRequestProperty("Cookie", session.cookie());
            if (!"GET".equals(method)) {
                connection.setRequestProperty(CSRF_HEADER, session.csrfToken());
            }
        }
        if (json != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        return connection;
    }

    private static Reply reply(HttpURLConnection connection) throws IOException {
        try {
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Reply(status, connection.getContentType(), body);
        } finally {
            connection.disconnect();
        }
    }
}
