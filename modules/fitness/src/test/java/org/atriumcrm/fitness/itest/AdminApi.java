package org.atriumcrm.fitness.itest;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atrium's REST API over real HTTP, as the signed-in admin: the session cookie on every call, the
 * CSRF token on writes. Small JSON reads by pattern keep the probe free of libraries.
 */
final class AdminApi {

    static final long TIMEOUT_MILLIS = 30_000;
    private static final String SESSION_COOKIE = "ATRIUM_SESSION";
    private static final String CSRF_HEADER = "X-CSRF-Token";
    /** A wrong password more than this many times in a row would lock the admin out. */
    private static final int SIGN_IN_ATTEMPTS = 4;

    record Reply(int status, String contentType, String etag, String body) {
        /** A top-level string, number or null of the body, as text; {@code null} for JSON null. */
        String field(String name) {
            return AdminApi.field(body, name);
        }
    }

    private final String cookie;
    private final String csrfToken;

    private AdminApi(String cookie, String csrfToken) {
        this.cookie = cookie;
        this.csrfToken = csrfToken;
    }

    /**
     * Signs in as the admin once Atrium answers, retrying while the login is not served yet. A
     * refusal is retried only a few times, below the lockout: the admin may still be being created.
     */
    static AdminApi signIn() throws Exception {
        await("Atrium answering", () -> anonymousStatus("/api/health") == 200);
        String credentials = "{\"username\":\"" + AtriumContainer.ADMIN_USERNAME + "\",\"password\":\""
                + AtriumContainer.ADMIN_PASSWORD + "\"}";
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        int refused = 0;
        while (System.currentTimeMillis() < deadline) {
            HttpURLConnection login = open("/api/auth/login", "POST", credentials, null, null, null);
            int status = login.getResponseCode();
            List<String> cookies = login.getHeaderFields().getOrDefault("Set-Cookie", List.of());
            Reply reply = reply(login);
            if (status == 200) {
                String session = cookies.stream().filter(c -> c.startsWith(SESSION_COOKIE + "=")).map(c -> c.split(";", 2)[0])
                        .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + cookies));
                return new AdminApi(session, reply.field("csrfToken"));
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

    Reply get(String path) throws IOException {
        return send(path, "GET", null, null);
    }

    Reply post(String path, String json) throws IOException {
        return send(path, "POST", json, null);
    }

    Reply send(String path, String method, String json, String ifMatch) throws IOException {
        return reply(open(path, method, json, cookie, "GET".equals(method) ? null : csrfToken, ifMatch));
    }

    int status(String path) {
        try {
            return get(path).status();
        } catch (IOException e) {
            return -1;
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + ": not within " + TIMEOUT_MILLIS + " ms");
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|(null)|(-?[0-9.]+))").matcher(json);
        assertTrue("no " + name + " in " + json, value.find());
        return value.group(3) != null ? null : value.group(2) != null ? value.group(2) : value.group(4);
    }

    private static int anonymousStatus(String path) {
        try {
            return reply(open(path, "GET", null, null, null, null)).status();
        } catch (IOException e) {
            return -1;
        }
    }

    private static HttpURLConnection open(String path, String method, String json, String cookie, String csrfToken,
                                          String ifMatch) throws IOException {
        URL url = new URL("http://localhost:" + System.getProperty(AtriumContainer.HTTP_PORT) + path);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setRequestMethod(method);
        if (cookie != null) {
            connection.setRequestProperty("Cookie", cookie);
        }
        if (csrfToken != null) {
            connection.setRequestProperty(CSRF_HEADER, csrfToken);
        }
        if (ifMatch != null) {
            connection.setRequestProperty("If-Match", ifMatch);
        }
        if (json != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        } else if (!"GET".equals(method)) {
            connection.setFixedLengthStreamingMode(0);
            connection.setDoOutput(true);
        }
        return connection;
    }

    private static Reply reply(HttpURLConnection connection) throws IOException {
        try {
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Reply(status, connection.getContentType(), connection.getHeaderField("ETag"), body);
        } finally {
            connection.disconnect();
        }
    }
}
