package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plain HTTP client for Atrium's REST API, as an integrator would use it: anonymous, signed in
 * with a session cookie (repeating the CSRF token on writes), or with an API token.
 */
final class Api {

    static final String SESSION_COOKIE = "ATRIUM_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A wrong password more than this many times in a row would lock the user out. */
    private static final int SIGN_IN_ATTEMPTS = 4;

    private final HttpClient http;
    private final String base;
    private final Credentials credentials;
    /** The Accept-Language every request carries; {@code null} for none. */
    private final String language;

    /** What each request carries to say who sends it; all null for an anonymous caller. */
    private record Credentials(String session, String csrfToken, String bearerToken) {
        static final Credentials NONE = new Credentials(null, null, null);
    }

    Api(int port) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), "http://localhost:" + port, Credentials.NONE);
    }

    /** An anonymous client of the Atrium at {@code base} (such as {@code https://localhost:8443}), sending through {@code http}. */
    static Api at(String base, HttpClient http) {
        return new Api(http, base, Credentials.NONE);
    }

    private Api(HttpClient http, String base, Credentials credentials) {
        this(http, base, credentials, null);
    }

    private Api(HttpClient http, String base, Credentials credentials, String language) {
        this.http = http;
        this.base = base;
        this.credentials = credentials;
        this.language = language;
    }

    /** The same caller asking for answers in {@code acceptLanguage} (an {@code Accept-Language} value). */
    Api inLanguage(String acceptLanguage) {
        return new Api(http, base, credentials, acceptLanguage);
    }

    /**
     * Waits until Atrium answers, signs in and waits until the API serves every core resource, as
     * its OpenAPI document tells; returns the signed-in client.
     */
    Api awaitReady(String username, String password, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (status("/api/health") != 200) {
            pause(deadline, timeout, 250);
        }
        Api signedIn = awaitSignIn(username, password, deadline, timeout);
        while (true) {
            try {
                HttpResponse<String> openApi = signedIn.get("/api/openapi.json");
                if (openApi.statusCode() == 200 && AtriumOptions.servesCoreApi(openApi.body())) {
                    return signedIn;
                }
            } catch (IOException e) {
                // restarting a bundle
            }
            pause(deadline, timeout, 250);
        }
    }

    /** Retries while the login is not served yet; a wrong password only a few times, below the lockout. */
    private Api awaitSignIn(String username, String password, Instant deadline, Duration timeout) throws InterruptedException {
        int refused = 0;
        while (true) {
            try {
                HttpResponse<String> login = login(username, password);
                if (login.statusCode() == 200) {
                    return signedIn(login);
                }
                if (login.statusCode() == 401) {
                    refused++;
                }
                if (login.statusCode() == 423 || refused == SIGN_IN_ATTEMPTS) {
                    throw new AssertionError(username + " could not sign in: " + login.statusCode() + " " + login.body());
                }
            } catch (IOException e) {
                // restarting a bundle
            }
            // a refusal may mean the first user is still being created
            pause(deadline, timeout, refused > 0 ? 2_000 : 250);
        }
    }

    private static void pause(Instant deadline, Duration timeout, long millis) throws InterruptedException {
        if (Instant.now().isAfter(deadline)) {
            throw new AssertionError("Atrium did not serve its core API within " + timeout);
        }
        Thread.sleep(millis);
    }

    /** The answer of {@code POST /api/auth/login}, whatever it is. */
    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("password", password);
        return anonymous().post("/api/auth/login", body.toString());
    }

    /** A client signed in as this user, with its own session. */
    Api signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = login(username, password);
        if (login.statusCode() != 200) {
            throw new AssertionError(username + " could not sign in: " + login.statusCode() + " " + login.body());
        }
        return signedIn(login);
    }

    private Api signedIn(HttpResponse<String> login) throws IOException {
        String prefix = SESSION_COOKIE + "=";
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no " + SESSION_COOKIE + " cookie: " + login.headers()));
        String session = cookie.substring(prefix.length()).split(";", 2)[0];
        return new Api(http, base, new Credentials(session, json(login).get("csrfToken").asText(), null));
    }

    /** A client calling with this API token ({@code Authorization: Bearer}), and nothing else. */
    Api bearer(String token) {
        return new Api(http, base, new Credentials(null, null, token));
    }

    /** The same caller, but its writes lack the CSRF header, as a forged request from another site would. */
    Api withoutCsrf() {
        return new Api(http, base, new Credentials(credentials.session(), null, credentials.bearerToken()));
    }

    Api anonymous() {
        return new Api(http, base, Credentials.NONE);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(unsafe(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A POST that changes a versioned record, such as freezing a membership: 409 unless {@code ifMatch} is its ETag. */
    HttpResponse<String> post(String path, String ifMatch, String body) throws IOException, InterruptedException {
        return send(unsafe(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> put(String path, String ifMatch, String body) throws IOException, InterruptedException {
        return send(unsafe(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> delete(String path, String ifMatch) throws IOException, InterruptedException {
        return send(unsafe(path).header("If-Match", ifMatch).DELETE());
    }

    /** A DELETE of something without versions, such as an API token. */
    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(unsafe(path).DELETE());
    }

    /** Any method; a body (of {@code contentType}) only when {@code body} is not null. */
    HttpResponse<String> call(String method, String path, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = "GET".equals(method) || "HEAD".equals(method) ? request(path) : unsafe(path);
        if (body == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> postBytes(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(unsafe(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The body of a 201, which the test needs (the id of what was made); anything else fails the test with the body. */
    static JsonNode created(HttpResponse<String> response) throws IOException {
        assertEquals(response.body(), 201, response.statusCode());
        return json(response);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Asserts a 422 problem naming each of {@code fields}. */
    static void assertInvalid(HttpResponse<String> reply, String... fields) throws IOException {
        assertEquals(reply.body(), 422, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        List<String> named = new ArrayList<>();
        json(reply).get("errors").forEach(error -> named.add(error.get("field").asText()));
        for (String field : fields) {
            assertTrue(field + " in " + reply.body(), named.contains(field));
        }
    }

    /** Waits until {@code path} answers {@code status}, as while a module comes or goes; a 5xx on the way fails. */
    void awaitStatus(String path, int status, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = status(path);
            if (last == status) {
                return;
            }
            assertTrue(path + " failed while the module came or went: " + last, last < 500);
            Thread.sleep(100);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + ", for " + timeout);
    }

    /** The status of a GET; -1 while nothing listens. */
    private int status(String path) throws InterruptedException {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (credentials.session() != null) {
            request.header("Cookie", SESSION_COOKIE + "=" + credentials.session());
        }
        if (credentials.bearerToken() != null) {
            request.header("Authorization", "Bearer " + credentials.bearerToken());
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    /** A request that changes something: a cookie session repeats its CSRF token. */
    private HttpRequest.Builder unsafe(String path) {
        HttpRequest.Builder request = request(path);
        if (credentials.csrfToken() != null) {
            request.header(CSRF_HEADER, credentials.csrfToken());
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
