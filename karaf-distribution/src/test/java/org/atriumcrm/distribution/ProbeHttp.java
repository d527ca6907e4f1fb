package org.atriumcrm.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP calls to Atrium from a test probe inside its container, through HttpURLConnection (the probe
 * has no other client), signed in as the admin once for every test and thread of the probe.
 */
final class ProbeHttp {

    private static final long START_TIMEOUT_MILLIS = 60_000;
    /** A wrong password more than this many times in a row would lock the admin out. */
    private static final int SIGN_IN_ATTEMPTS = 4;
    private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"");

    /** The admin's session: sent on every call, the CSRF token on writes. */
    private record Session(String cookie, String csrfToken) {
    }

    private static volatile Session admin;

    private ProbeHttp() {
    }

    record Reply(int status, String contentType, String body) {
    }

    /** Waits until Atrium answers, signs in (once) and waits until the API serves every core resource. */
    static void awaitCoreApi() throws Exception {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (status("/api/health") != 200) {
            pause(deadline, 250);
        }
        if (admin == null) {
            admin = signIn(deadline);
        }
        while (true) {
            try {
                Reply openApi = get("/api/openapi.json");
                if (openApi.status() == 200 && AtriumOptions.servesCoreApi(openApi.body())) {
                    return;
                }
            } catch (IOException e) {
                // restarting a bundle
            }
            pause(deadline, 250);
        }
    }

    /** Retries while the login is not served yet; a wrong password only a few times, below the lockout. */
    private static Session signIn(long deadline) throws Exception {
        String credentials = "{\"username\":\"" + AtriumOptions.ADMIN_USERNAME + "\",\"password\":\""
                + AtriumOptions.ADMIN_PASSWORD + "\"}";
        int refused = 0;
        while (true) {
            try {
                HttpURLConnection connection = open("/api/auth/login", "POST", null, credentials);
                connection.getResponseCode();
                List<String> cookies = connection.getHeaderFields().getOrDefault("Set-Cookie", List.of());
                Reply login = reply(connection);
                if (login.status() == 200) {
                    return session(cookies, login);
                }
                if (login.status() == 401) {
                    refused++;
                }
                if (login.status() == 423 || refused == SIGN_IN_ATTEMPTS) {
                    throw new AssertionError("the admin could not sign in: " + login.status() + " " + login.body());
                }
            } catch (IOException e) {
                // restarting a bundle
            }
            // a refusal may mean the admin is still being created
            pause(deadline, refused > 0 ? 2_000 : 250);
        }
    }

    private static Session session(List<String> cookies, Reply reply) {
        String prefix = Api.SESSION_COOKIE + "=";
        String cookie = cookies.stream().filter(value -> value.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + Api.SESSION_COOKIE + " cookie: " + cookies));
        Matcher csrf = CSRF_TOKEN.matcher(reply.body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token: " + reply.body());
        }
        return new Session(cookie.split(";", 2)[0], csrf.group(1));
    }

    private static void pause(long deadline, long millis) throws InterruptedException {
        if (System.currentTimeMillis() > deadline) {
            throw new AssertionError("the core API was not served within " + START_TIMEOUT_MILLIS + " ms");
        }
        Thread.sleep(millis);
    }

    /** The status of a GET; -1 while nothing listens. */
    static int status(String path) {
        try {
            return get(path).status();
        } catch (IOException e) {
            return -1;
        }
    }

    static Reply get(String path) throws IOException {
        return send(path, "GET", null);
    }

    static Reply post(String path, String json) throws IOException {
        return send(path, "POST", json);
    }

    /** A call as the admin, once {@link #awaitCoreApi()} signed in; anonymous before. */
    static Reply send(String path, String method, String json) throws IOException {
        return reply(open(path, method, admin, json));
    }

    private static HttpURLConnection open(String path, String method, Session session, String json) throws IOException {
        URL url = new URL("http://localhost:" + System.getProperty(AtriumOptions.HTTP_PORT_PROPERTY) + path);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setRequestMethod(method);
        if (session != null) {
            connection.setRequestProperty("Cookie", session.cookie());
            if (!"GET".equals(method)) {
                connection.setRequestProperty(Api.CSRF_HEADER, session.csrfToken());
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
