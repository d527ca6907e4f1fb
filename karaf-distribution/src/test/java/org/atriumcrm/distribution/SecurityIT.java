package org.atriumcrm.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may do what, over real HTTP from outside the container: signing in and out, CSRF, API
 * tokens, the lockout, roles that hide a field or limit a user to its own clients, the audit
 * trail, and that no endpoint but the public ones answers an anonymous caller.
 */
public class SecurityIT {

    /** The calls an anonymous caller may make, as "METHOD path". */
    private static final Set<String> PUBLIC = Set.of("GET /api/health", "POST /api/auth/login", "POST /api/auth/logout",
            "GET /api/unsubscribe/{token}", "POST /api/unsubscribe/{token}", "GET /api/calendar/{secret}.ics",
            "OPTIONS /api/public/forms/{id}", "POST /api/public/forms/{id}");
    private static final Set<String> HTTP_METHODS = Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final String PASSWORD = "a long passphrase for tests";
    private static final String PROBLEM = "application/problem+json";
    private static final String LEGAL_ENTITY = "{\"name\":\"ООО «Сигма»\",\"country\":\"RU\",\"inn\":\"7707083893\","
            + "\"kpp\":\"773601001\",\"ogrn\":\"1027700132195\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningAtrium atrium;
    private static Api admin;
    private static Api anonymous;

    @BeforeClass
    public static void useTheSharedAtrium() throws Exception {
        atrium = RunningAtrium.shared();
        admin = atrium.api();
        anonymous = atrium.anonymous();
    }

    @Test
    public void anonymousCallersGet401ProblemsButHealthAnswers() throws Exception {
        HttpResponse<String> clients = anonymous.get("/api/clients");
        assertProblem(401, clients);
        assertEquals(401, Api.json(clients).get("status").asInt());
        assertProblem(401, anonymous.get("/api/openapi.json"));
        assertProblem(401, anonymous.get("/api/auth/session"));
        assertEquals(200, anonymous.get("/api/health").statusCode());
    }

    @Test
    public void marketingNeitherSeesNorWritesLegalEntities() throws Exception {
        String withEntities = "{\"kind\":\"ORGANIZATION\",\"name\":\"%s\",\"legalEntities\":[" + LEGAL_ENTITY + "]}";
        String id = newClient(admin, withEntities.formatted("Hidden Entity Ltd"));
        newUser("mia", "marketing");
        Api marketing = admin.signIn("mia", PASSWORD);

        HttpResponse<String> read = marketing.get("/api/clients/" + id);
        assertEquals(read.body(), 200, read.statusCode());
        assertEquals("Hidden Entity Ltd", Api.json(read).get("name").asText());
        assertFalse(read.body(), Api.json(read).has("legalEntities"));
        JsonNode listed = Api.json(marketing.get(query("Hidden Entity"))).get("items");
        assertEquals(1, listed.size());
        assertFalse(listed.toString(), listed.get(0).has("legalEntities"));

        assertRefusedField("legalEntities", marketing.put("/api/clients/" + id, "\"1\"", withEntities.formatted("Hidden Entity Ltd")));
        assertRefusedField("legalEntities", marketing.post("/api/clients", withEntities.formatted("Smuggled Entity Ltd")));
        assertEquals(List.of(), names(admin.get(query("Smuggled Entity"))));

        HttpResponse<String> renamed = marketing.put("/api/clients/" + id, "\"1\"", organisation("Hidden Entity Group"));
        assertEquals(renamed.body(), 200, renamed.statusCode());
        assertEquals("what marketing cannot see it does not erase", 1,
                Api.json(admin.get("/api/clients/" + id)).get("legalEntities").size());

        assertProblem(403, marketing.get("/api/users"));
        assertProblem(403, marketing.get("/api/audit"));
    }

    @Test
    public void aRoleLimitedToOwnClientsReachesOnlyThose() throws Exception {
        HttpResponse<String> role = admin.post("/api/roles", "{\"id\":\"own-sales\",\"label\":\"Sales (own clients)\",\"grants\":"
                + "{\"clients\":{\"access\":[\"READ\",\"WRITE\",\"DELETE\"],\"scope\":\"OWN\",\"hiddenFields\":[]}}}");
        assertEquals(role.body(), 201, role.statusCode());
        String oscar = newUser("oscar", "own-sales");
        String otto = newUser("otto", "sales");
        String own = newClient(admin, managedBy("Scope Own Ltd", oscar));
        String others = newClient(admin, managedBy("Scope Other Ltd", otto));

        Api scoped = admin.signIn("oscar", PASSWORD);
        assertEquals(200, scoped.get("/api/clients/" + own).statusCode());
        assertProblem(404, scoped.get("/api/clients/" + others));
        assertEquals(List.of(own), ids(scoped.get("/api/clients?limit=200")));
        assertEquals(List.of("Scope Own Ltd"), names(scoped.get(query("scope"))));
        assertEquals("the admin sees both", 2, names(admin.get(query("scope"))).size());
    }

    @Test
    public void builtInSalesWorkTheirTeamsDealsOnly() throws Exception {
        String sam = newUser("sam", "sales");
        HttpResponse<String> southerner = admin.post("/api/users", JSON.createObjectNode().put("username", "sue")
                .put("team", "south").put("password", PASSWORD).set("roles", JSON.createArrayNode().add("sales")).toString());
        assertEquals(southerner.body(), 201, southerner.statusCode());
        String sue = Api.json(southerner).get("id").asText();
        // a deal is opened only for a client the salesman reaches: his own
        String client = newClient(admin, managedBy("Team Deals Ltd", sam));
        String samsDeal = newDeal(admin, client, sam);
        String suesDeal = newDeal(admin, client, sue);

        Api salesman = admin.signIn("sam", PASSWORD);
        assertEquals(200, salesman.get("/api/opportunities/" + samsDeal).statusCode());
        assertProblem(404, salesman.get("/api/opportunities/" + suesDeal));
        assertEquals(List.of(samsDeal), ids(salesman.get("/api/opportunities?clientId=" + client)));
        String unowned = newDeal(salesman, client, null);
        assertEquals("a deal created without an owner is its creator's", sam,
                Api.json(salesman.get("/api/opportunities/" + unowned)).get("ownerId").asText());
        assertEquals(3, ids(admin.get("/api/opportunities?clientId=" + client)).size());
    }

    private static String newDeal(Api api, String clientId, String ownerId) throws Exception {
        var deal = JSON.createObjectNode().put("clientId", clientId).put("title", "Deal of " + ownerId);
        if (ownerId != null) {
            deal.put("ownerId", ownerId);
        }
        HttpResponse<String> created = api.post("/api/opportunities", deal.toString());
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    @Test
    public void fiveWrongPasswordsInARowLockTheUsername() throws Exception {
        newUser("lena", "sales");
        admin.signIn("lena", PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(401, anonymous.login("lena", "not the password " + attempt));
        }
        assertProblem(423, anonymous.login("lena", PASSWORD));
    }

    @Test
    public void aCookieSessionWritesOnlyWithItsCsrfToken() throws Exception {
        Api forger = admin.withoutCsrf();
        assertProblem(403, forger.post("/api/clients", organisation("Csrf Forged Ltd")));
        assertEquals(List.of(), names(admin.get(query("Csrf Forged"))));
        assertEquals("reads need no token", 200, forger.get("/api/clients?limit=1").statusCode());
        HttpResponse<String> genuine = admin.post("/api/clients", organisation("Csrf Genuine Ltd"));
        assertEquals(genuine.body(), 201, genuine.statusCode());
    }

    @Test
    public void anApiTokenWorksWithoutCsrfUntilRevoked() throws Exception {
        HttpResponse<String> issued = admin.post("/api/auth/tokens", "{\"name\":\"benchmark\"}");
        assertEquals(issued.body(), 201, issued.statusCode());
        JsonNode token = Api.json(issued);
        assertEquals("benchmark", token.get("name").asText());
        String secret = token.get("token").asText();
        Api integration = anonymous.bearer(secret);

        HttpResponse<String> created = integration.post("/api/clients", organisation("Token Made Ltd"));
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> listed = admin.get("/api/auth/tokens");
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body(), listed.body().contains(token.get("id").asText()));
        assertFalse("the token is shown once only", listed.body().contains(secret));

        assertEquals(204, admin.delete("/api/auth/tokens/" + token.get("id").asText()).statusCode());
        assertProblem(401, integration.get("/api/clients?limit=1"));
    }

    @Test
    public void aRenameIsAuditedWithBothNamesAndWhoMadeIt() throws Exception {
        String id = newClient(admin, organisation("Audit Before Ltd"));
        HttpResponse<String> renamed = admin.put("/api/clients/" + id, "\"1\"", organisation("Audit After Ltd"));
        assertEquals(renamed.body(), 200, renamed.statusCode());

        HttpResponse<String> trail = admin.get("/api/clients/" + id + "/audit?limit=20");
        assertEquals(trail.body(), 200, trail.statusCode());
        JsonNode entries = Api.json(trail).get("items");
        JsonNode latest = entries.get(0);
        assertEquals("UPDATE", latest.get("action").asText());
        assertEquals("client", latest.get("recordType").asText());
        assertEquals(id, latest.get("recordId").asText());
        assertEquals(AtriumOptions.ADMIN_USERNAME, latest.get("username").asText());
        assertEquals(Api.json(admin.get("/api/auth/session")).get("user").get("id").asText(), latest.get("userId").asText());
        JsonNode name = change(latest, "name");
        assertEquals("Audit Before Ltd", name.get("oldValue").asText());
        assertEquals("Audit After Ltd", name.get("newValue").asText());
        assertEquals("newest first", "CREATE", entries.get(entries.size() - 1).get("action").asText());

        String entry = latest.get("id").asText();
        HttpResponse<String> all = admin.get("/api/audit?recordType=client&recordId=" + id);
        assertEquals(all.body(), 200, all.statusCode());
        assertEquals(entry, Api.json(all).get("items").get(0).get("id").asText());
        assertUnchangeable(admin.call("PUT", "/api/audit/" + entry, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertUnchangeable(admin.delete("/api/audit/" + entry));
        assertEquals(trail.body(), admin.get("/api/clients/" + id + "/audit?limit=20").body());
    }

    @Test
    public void injectionPayloadsAreKeptAsTypedAndFindOnlyThemselves() throws Exception {
        String sql = "' OR 1=1 --";
        String script = "<script>alert(1)</script>";
        for (String payload : List.of(sql, script)) {
            String id = newClient(admin, organisation(payload));
            assertEquals(payload, Api.json(admin.get("/api/clients/" + id)).get("name").asText());
        }
        assertEquals(List.of(sql), names(admin.get(query(sql))));
    }

    @Test
    public void aLoginSetsAStrictHttpOnlyCookieThatLogoutEnds() throws Exception {
        HttpResponse<String> login = anonymous.login(AtriumOptions.ADMIN_USERNAME, AtriumOptions.ADMIN_PASSWORD);
        assertEquals(login.body(), 200, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(Api.SESSION_COOKIE + "="))
                .findFirst().orElseThrow().toLowerCase(Locale.ROOT);
        assertTrue(cookie, cookie.contains("httponly") && cookie.contains("samesite=strict"));
        JsonNode user = Api.json(login).get("user");
        assertEquals(AtriumOptions.ADMIN_USERNAME, user.get("username").asText());
        assertTrue(user.toString(), user.get("roles").toString().contains("\"admin\""));
        assertFalse(login.body().contains(AtriumOptions.ADMIN_PASSWORD));

        Api session = anonymous.signIn(AtriumOptions.ADMIN_USERNAME, AtriumOptions.ADMIN_PASSWORD);
        assertEquals(200, session.get("/api/auth/session").statusCode());
        assertEquals(204, session.call("POST", "/api/auth/logout", null, null).statusCode());
        assertProblem(401, session.get("/api/clients?limit=1"));
        assertProblem(401, session.get("/api/auth/session"));
        assertEquals("other sessions go on", 200, admin.get("/api/clients?limit=1").statusCode());
    }

    /** Every operation the OpenAPI document lists, called anonymously, must answer 401 unless it is public. */
    @Test
    public void noEndpointOfTheOpenApiDocumentAnswersAnAnonymousCaller() throws Exception {
        JsonNode paths = Api.json(admin.get("/api/openapi.json")).get("paths");
        List<String> offenders = new ArrayList<>();
        int called = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (!HTTP_METHODS.contains(method) || PUBLIC.contains(method + " " + path.getKey())) {
                    continue;
                }
                HttpResponse<String> answer = callAnonymously(method, path.getKey(), operation.getValue());
                called++;
                if (answer.statusCode() != 401) {
                    offenders.add(method + " " + path.getKey() + " answered " + answer.statusCode());
                }
            }
        }
        assertTrue("the document lists the API: " + called + " operations", called >= 20);
        assertEquals("answered an anonymous caller with something else than 401", List.of(), offenders);
    }

    @Test
    public void theOpenApiDocumentSaysHowToSignInAndWhichOperationsArePublic() throws Exception {
        JsonNode document = Api.json(admin.get("/api/openapi.json"));
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertEquals("cookie", schemes.path("session").path("in").asText());
        assertEquals(Api.SESSION_COOKIE, schemes.path("session").path("name").asText());
        assertEquals("bearer", schemes.path("apiToken").path("scheme").asText());
        JsonNode login = document.path("paths").path("/api/auth/login").path("post");
        assertTrue("login needs no credentials: " + login, login.path("security").isArray() && login.path("security").isEmpty());
        assertTrue(document.path("paths").path("/api/clients").path("get").path("security").isMissingNode());
    }

    @Test
    public void aUserChangesItsOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        newUser("petra", "service");
        Api petra = admin.signIn("petra", PASSWORD);
        String newPassword = "another long passphrase";
        HttpResponse<String> wrong = petra.call("PUT", "/api/auth/password", "application/json",
                ("{\"currentPassword\":\"not it at all\",\"newPassword\":\"" + newPassword + "\"}").getBytes(UTF_8));
        assertProblem(422, wrong);
        assertEquals("currentPassword", Api.json(wrong).path("errors").path(0).path("field").asText());
        HttpResponse<String> tooShort = petra.call("PUT", "/api/auth/password", "application/json",
                ("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"short\"}").getBytes(UTF_8));
        assertEquals("newPassword", Api.json(tooShort).path("errors").path(0).path("field").asText());

        HttpResponse<String> changed = petra.call("PUT", "/api/auth/password", "application/json",
                ("{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}").getBytes(UTF_8));
        assertEquals(changed.body(), 204, changed.statusCode());
        assertProblem(401, petra.get("/api/clients?limit=1"));
        assertProblem(401, anonymous.login("petra", PASSWORD));
        assertEquals(200, anonymous.login("petra", newPassword).statusCode());
    }

    /** Path parameters are a dummy id; a body, when the method takes one, of the type the operation declares. */
    private static HttpResponse<String> callAnonymously(String method, String path, JsonNode operation) throws Exception {
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        if (!WITH_BODY.contains(method)) {
            return anonymous.call(method, concrete, null, null);
        }
        var declared = operation.path("requestBody").path("content").fieldNames();
        String type = declared.hasNext() ? declared.next() : "application/json";
        if (type.contains("*")) {
            type = "application/octet-stream";
        }
        byte[] body = type.contains("json") ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
        return anonymous.call(method, concrete, type, body);
    }

    /** Creates a user with the tests' password; returns its id. */
    private static String newUser(String username, String role) throws Exception {
        String user = JSON.createObjectNode().put("username", username).put("displayName", username + " Test")
                .put("email", username + "@example.com").put("locale", "en").put("team", "north").put("password", PASSWORD)
                .set("roles", JSON.createArrayNode().add(role)).toString();
        HttpResponse<String> created = admin.post("/api/users", user);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").isPresent());
        assertFalse("a password is never shown", created.body().contains(PASSWORD));
        return Api.json(created).get("id").asText();
    }

    private static String newClient(Api api, String json) throws Exception {
        HttpResponse<String> created = api.post("/api/clients", json);
        assertEquals(created.body(), 201, created.statusCode());
        return Api.json(created).get("id").asText();
    }

    private static String organisation(String name) {
        return JSON.createObjectNode().put("kind", "ORGANIZATION").put("name", name).toString();
    }

    private static String managedBy(String name, String managerId) {
        return JSON.createObjectNode().put("kind", "ORGANIZATION").put("name", name).put("responsibleManagerId", managerId).toString();
    }

    private static String query(String text) {
        return "/api/clients?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(HttpResponse<String> page) throws Exception {
        assertEquals(page.body(), 200, page.statusCode());
        List<String> names = new ArrayList<>();
        Api.json(page).get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> ids(HttpResponse<String> page) throws Exception {
        assertEquals(page.body(), 200, page.statusCode());
        List<String> ids = new ArrayList<>();
        Api.json(page).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static JsonNode change(JsonNode entry, String field) {
        for (JsonNode change : entry.get("changes")) {
            if (field.equals(change.get("field").asText())) {
                return change;
            }
        }
        throw new AssertionError("no change of " + field + " in " + entry);
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
    }

    private static void assertRefusedField(String field, HttpResponse<String> response) throws Exception {
        assertProblem(403, response);
        assertEquals(field, Api.json(response).get("errors").get(0).get("field").asText());
    }

    /** Audit rows have no write endpoint: not there (404) or not allowed (405). */
    private static void assertUnchangeable(HttpResponse<String> response) {
        assertTrue(response.statusCode() + " " + response.body(), Set.of(404, 405).contains(response.statusCode()));
    }
}
