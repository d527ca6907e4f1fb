package org.atriumcrm.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Credentials that end when they should, over real HTTP: the lock-out guards the password change as
 * it guards the sign-in and cannot be outrun by parallel guesses; a password change, an admin's reset
 * and a deactivation end the user's sessions and API tokens at once; the first admin's generated
 * password is kept in an owner-only file that goes once the admin has chosen another.
 */
public class CredentialsIT {

    /** {@code lockout.failures} of the distribution's configuration. */
    private static final int LOCKOUT_FAILURES = 5;
    private static final int PARALLEL_GUESSES = 20;
    private static final String PASSWORD = "a long passphrase for tests";
    private static final String NEW_PASSWORD = "another long passphrase";
    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningAtrium atrium;
    /** Signed in as the admin; replaced when the admin changes its password, which ends its sessions. */
    private static Api admin;
    private static Api anonymous;

    @BeforeClass
    public static void startAtrium() throws Exception {
        atrium = RunningAtrium.startWithGeneratedAdminPassword("credentials");
        admin = atrium.api();
        anonymous = atrium.anonymous();
    }

    @AfterClass
    public static void stopAtrium() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    @Test
    public void theFirstAdminsPasswordFileIsOwnerOnlyAndGoesOnceTheAdminChoosesAnother() throws Exception {
        Path file = atrium.initialAdminPasswordFile();
        assertTrue("the first start keeps the generated password in " + file, Files.isRegularFile(file));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        String generated = Files.readString(file).strip();
        String chosen = "the admin's own long passphrase";

        HttpResponse<String> changed = changeOwnPassword(admin, generated, chosen);
        assertEquals(changed.body(), 204, changed.statusCode());
        admin = anonymous.signIn("admin", chosen);
        assertFalse("the file goes once its password is no longer the admin's", Files.exists(file));
        assertProblem(401, anonymous.login("admin", generated));
    }

    @Test
    public void aPasswordChangeAfterTooManyWrongCurrentPasswordsIsLockedOutLikeASignIn() throws Exception {
        newUser("olga");
        Api olga = anonymous.signIn("olga", PASSWORD);
        for (int attempt = 1; attempt <= LOCKOUT_FAILURES; attempt++) {
            assertProblem(422, changeOwnPassword(olga, "not the password " + attempt, NEW_PASSWORD));
        }
        assertProblem(423, changeOwnPassword(olga, "not the password either", NEW_PASSWORD));
        assertProblem(423, changeOwnPassword(olga, PASSWORD, NEW_PASSWORD));
        assertProblem(423, anonymous.login("olga", PASSWORD));
        assertEquals("the session itself goes on", 200, olga.get("/api/auth/session").statusCode());
    }

    @Test
    public void aCorrectCurrentPasswordStartsTheCountAfresh() throws Exception {
        newUser("pavel");
        Api pavel = anonymous.signIn("pavel", PASSWORD);
        for (int attempt = 1; attempt < LOCKOUT_FAILURES; attempt++) {
            assertProblem(422, changeOwnPassword(pavel, "not the password " + attempt, NEW_PASSWORD));
        }
        assertEquals(204, changeOwnPassword(pavel, PASSWORD, NEW_PASSWORD).statusCode());
        for (int attempt = 1; attempt < LOCKOUT_FAILURES; attempt++) {
            assertProblem(401, anonymous.login("pavel", "not the password " + attempt));
        }
        assertEquals(200, anonymous.login("pavel", NEW_PASSWORD).statusCode());
    }

    @Test
    public void aPasswordChangeEndsTheUsersApiTokensAndSessionsAtOnce() throws Exception {
        newUser("quentin");
        Api quentin = anonymous.signIn("quentin", PASSWORD);
        Api otherSession = anonymous.signIn("quentin", PASSWORD);
        Api integration = inUse(quentin);

        assertEquals(204, changeOwnPassword(quentin, PASSWORD, NEW_PASSWORD).statusCode());
        assertProblem(401, integration.get("/api/clients?limit=1"));
        assertProblem(401, otherSession.get("/api/clients?limit=1"));
        assertProblem(401, quentin.get("/api/clients?limit=1"));
        Api again = anonymous.signIn("quentin", NEW_PASSWORD);
        assertEquals("[]", again.get("/api/auth/tokens").body());
    }

    @Test
    public void anAdminsPasswordResetEndsTheUsersApiTokensAndSessionsAtOnce() throws Exception {
        String id = newUser("rosa");
        Api rosa = anonymous.signIn("rosa", PASSWORD);
        Api integration = inUse(rosa);

        HttpResponse<String> reset = admin.call("PUT", "/api/users/" + id + "/password", "application/json",
                JSON.createObjectNode().put("password", NEW_PASSWORD).toString().getBytes(UTF_8));
        assertEquals(reset.body(), 204, reset.statusCode());
        assertProblem(401, integration.get("/api/clients?limit=1"));
        assertProblem(401, rosa.get("/api/clients?limit=1"));
    }

    @Test
    public void aDeactivationEndsTheUsersApiTokensAndSessionsAtOnceAndForGood() throws Exception {
        String id = newUser("sergei");
        Api sergei = anonymous.signIn("sergei", PASSWORD);
        Api integration = inUse(sergei);
        assertEquals(200, sergei.get("/api/clients?limit=1").statusCode());

        setActive(id, false);
        assertProblem(401, integration.get("/api/clients?limit=1"));
        assertProblem(401, sergei.get("/api/clients?limit=1"));
        setActive(id, true);
        assertProblem(401, integration.get("/api/clients?limit=1"));
        assertProblem(401, sergei.get("/api/clients?limit=1"));
        assertEquals(200, anonymous.login("sergei", PASSWORD).statusCode());
    }

    @Test
    public void parallelWrongSignInsAreCheckedNoMoreThanTheLockOutAllows() throws Exception {
        newUser("tamara");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService guessers = Executors.newFixedThreadPool(PARALLEL_GUESSES);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int guess = 0; guess < PARALLEL_GUESSES; guess++) {
                String password = "parallel guess " + guess;
                answers.add(guessers.submit(() -> {
                    start.await();
                    return anonymous.login("tamara", password).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            guessers.shutdownNow();
        }
        long checked = statuses.stream().filter(status -> status == 401).count();
        long locked = statuses.stream().filter(status -> status == 423).count();
        assertEquals("every guess is refused: " + statuses, PARALLEL_GUESSES, checked + locked);
        assertTrue("at most " + LOCKOUT_FAILURES + " guesses are checked, not " + checked + ": " + statuses,
                checked <= LOCKOUT_FAILURES);
        assertProblem(423, anonymous.login("tamara", PASSWORD));
    }

    /** An API token of the signed-in user, used once so that the server knows it; the client calling with it. */
    private static Api inUse(Api user) throws Exception {
        HttpResponse<String> issued = user.post("/api/auth/tokens", "{\"name\":\"integration\"}");
        assertEquals(issued.body(), 201, issued.statusCode());
        Api integration = anonymous.bearer(Api.json(issued).get("token").asText());
        assertEquals(200, integration.get("/api/clients?limit=1").statusCode());
        return integration;
    }

    private static void setActive(String id, boolean active) throws Exception {
        HttpResponse<String> current = admin.get("/api/users/" + id);
        assertEquals(current.body(), 200, current.statusCode());
        JsonNode found = Api.json(current);
        ObjectNode user = JSON.createObjectNode();
        for (String field : List.of("username", "displayName", "email", "locale", "team")) {
            user.set(field, found.get(field));
        }
        user.set("roles", found.get("roles"));
        user.put("active", active);
        HttpResponse<String> updated = admin.put("/api/users/" + id, current.headers().firstValue("ETag").orElseThrow(),
                user.toString());
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals(active, Api.json(updated).get("active").asBoolean());
    }

    private static HttpResponse<String> changeOwnPassword(Api user, String current, String chosen) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("currentPassword", current).put("newPassword", chosen);
        return user.call("PUT", "/api/auth/password", "application/json", body.toString().getBytes(UTF_8));
    }

    /** Creates a sales user with the tests' password; returns its id. */
    private static String newUser(String username) throws Exception {
        String user = JSON.createObjectNode().put("username", username).put("displayName", username + " Test")
                .put("email", username + "@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add("sales")).toString();
        HttpResponse<String> created = admin.post("/api/users", user);
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
    }
}
