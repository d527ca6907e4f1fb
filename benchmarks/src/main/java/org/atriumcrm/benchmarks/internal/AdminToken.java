package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signs in as the admin (or another user) and asks for an API token for the benchmark's calls: a bearer token needs
 * no CSRF header and no session, so the load threads share it freely.
 */
final class AdminToken {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION_COOKIE = "ATRIUM_SESSION";
    /** A wrong password more than this many times in a row would lock the admin out. */
    private static final int SIGN_IN_ATTEMPTS = 4;

    private AdminToken() {
    }

    /** Retries while the login is not served yet, until {@code deadline} ({@link System#nanoTime()}). */
    static String create(Http http, String password, long deadline) throws IOException, InterruptedException {
        return create(http, "admin", password, deadline);
    }

    /** An API token of the user {@code username}, signed in with {@code password}. */
    static String create(Http http, String username, String password, long deadline) throws IOException, InterruptedException {
        HttpResponse<String> login = signIn(http, username, password, deadline);
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SESSION_COOKIE + "=")).map(value -> value.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("the login set no " + SESSION_COOKIE + " cookie"));
        String csrfToken = JSON.readTree(login.body()).get("csrfToken").asText();
        HttpResponse<String> token = http.send("POST", "/api/auth/tokens", "{\"name\":\"benchmark\"}",
                "Cookie", cookie, "X-CSRF-Token", csrfToken);
        if (token.statusCode() != 201) {
            throw new IllegalStateException("creating an API token answered " + token.statusCode() + ": " + token.body());
        }
        return JSON.readTree(token.body()).get("token").asText();
    }

    private static HttpResponse<String> signIn(Http http, String username, String password, long deadline)
            throws IOException, InterruptedException {
        String credentials = JSON.createObjectNode().put("username", username).put("password", password).toString();
        int refused = 0;
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> login = http.send("POST", "/api/auth/login", credentials);
                if (login.statusCode() == 200) {
                    return login;
                }
                last = login.statusCode() + " " + login.body();
                if (login.statusCode() == 401) {
                    refused++;
                }
                if (login.statusCode() == 423 || refused == SIGN_IN_ATTEMPTS) {
                    break;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            // a refusal may mean the admin is still being created
            Thread.sleep(refused > 0 ? 2_000 : 100);
        }
        throw new IllegalStateException(username + " could not sign in: " + last);
    }
}
