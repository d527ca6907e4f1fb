package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad data over HTTP: every client write stores the client's issues with their suggested fixes,
 * the report lists them by type and within the caller's reach, a fixed client leaves it, and the
 * form's check answers a draft without storing anything. The issues are warnings: the write goes
 * through, refused only for what the client validation itself refuses.
 */
public class DataQualityIT {

    private static final String SHOUTING = "{\"kind\":\"ORGANIZATION\",\"name\":\"ООО «ВЕКТОР-ПЛЮС»\","
            + "\"phones\":[\"+7 812 418-27-63\",\"8 (555) 123-45-67\"],"
            + "\"legalEntities\":[{\"name\":\"ООО «Вектор-Плюс»\",\"country\":\"RU\",\"inn\":\"7701234560\","
            + "\"vatNumber\":\"ESB12345675\"}]}";
    private static final String FIXED = "{\"kind\":\"ORGANIZATION\",\"name\":\"ООО «Вектор-Плюс»\","
            + "\"phones\":[\"+7 812 418-27-63\"],"
            + "\"legalEntities\":[{\"name\":\"ООО «Вектор-Плюс»\",\"country\":\"RU\",\"inn\":\"7701234560\","
            + "\"vatNumber\":\"ESB12345674\"}]}";

    private static RunningAtrium atrium;
    private static Api api;

    @BeforeClass
    public static void useTheSharedAtrium() throws Exception {
        atrium = RunningAtrium.shared();
        api = atrium.api();
        api.awaitStatus("/api/quality/issues", 200, Duration.ofSeconds(30));
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
        return response;
    }

    private static String id(HttpResponse<String> response) throws Exception {
        return Api.json(response).get("id").asText();
    }

    /** A client's stored issues by field. */
    private static Map<String, JsonNode> issuesOf(Api caller, String clientId) throws Exception {
        HttpResponse<String> answer = caller.get("/api/clients/" + clientId + "/quality-issues");
        assertEquals(answer.body(), 200, answer.statusCode());
        return byField(Api.json(answer).get("issues"));
    }

    private static Map<String, JsonNode> byField(JsonNode issues) {
        Map<String, JsonNode> byField = new LinkedHashMap<>();
        issues.forEach(issue -> byField.put(issue.get("field").asText(), issue));
        return byField;
    }

    /** Every issue of the report for this query, page after page of {@code limit}; fails on a repeated one. */
    private static List<JsonNode> report(Api caller, String query, int limit) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String after = null;
        do {
            HttpResponse<String> page = caller.get("/api/quality/issues?limit=" + limit + query + (after == null ? "" : "&after=" + after));
            assertEquals(page.body(), 200, page.statusCode());
            JsonNode body = Api.json(page);
            for (JsonNode item : body.get("items")) {
                assertTrue("listed twice: " + item, seen.add(item.get("clientId").asText() + " " + item.get("field").asText()));
                all.add(item);
            }
            after = body.get("next").isNull() ? null : body.get("next").asText();
        } while (after != null);
        return all;
    }

    private static List<String> fieldsOf(List<JsonNode> report, String clientId) {
        return report.stream().filter(item -> item.get("clientId").asText().equals(clientId))
                .map(item -> item.get("field").asText()).toList();
    }

    private static List<String> values(JsonNode fix) {
        List<String> values = new ArrayList<>();
        fix.get("values").forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    public void aClientsBadDataIsKeptWithItsFixesUntilTheClientIsFixed() throws Exception {
        HttpResponse<String> shouting = created(api.post("/api/clients?confirmedNew=true", SHOUTING));
        String vektor = id(shouting);

        Map<String, JsonNode> issues = issuesOf(api, vektor);
        assertEquals(issues.toString(), List.of("name", "phones[1]", "legalEntities[0].vatNumber"), List.copyOf(issues.keySet()));
        JsonNode caps = issues.get("name");
        assertEquals("ALL_CAPS_NAME", caps.get("type").asText());
        assertEquals("ООО «ВЕКТОР-ПЛЮС»", caps.get("value").asText());
        assertEquals("REPLACE", caps.get("fix").get("action").asText());
        assertEquals(List.of("ООО «Вектор-Плюс»"), values(caps.get("fix")));
        assertEquals("INVALID_PHONE", issues.get("phones[1]").get("type").asText());
        assertEquals("8 (555) 123-45-67", issues.get("phones[1]").get("value").asText());
        JsonNode vat = issues.get("legalEntities[0].vatNumber");
        assertEquals("WRONG_CHECKSUM", vat.get("type").asText());
        assertEquals(List.of("ESB12345674"), values(vat.get("fix")));
        assertFalse(vat.get("message").asText().isBlank());

        List<JsonNode> wrongChecksums = report(api, "&type=WRONG_CHECKSUM", 2);
        assertEquals(List.of("legalEntities[0].vatNumber"), fieldsOf(wrongChecksums, vektor));
        JsonNode listed = wrongChecksums.stream().filter(item -> item.get("clientId").asText().equals(vektor)).findFirst().orElseThrow();
        assertEquals("ООО «ВЕКТОР-ПЛЮС»", listed.get("clientName").asText());
        assertEquals(List.of("ESB12345674"), values(listed.get("fix")));
        assertTrue(wrongChecksums.stream().allMatch(item -> item.get("type").asText().equals("WRONG_CHECKSUM")));
        assertEquals("every issue, one a page", List.of("name", "phones[1]", "legalEntities[0].vatNumber"),
                fieldsOf(report(api, "", 1), vektor));

        String etag = shouting.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> fixed = api.put("/api/clients/" + vektor, etag, FIXED);
        assertEquals(fixed.body(), 200, fixed.statusCode());
        assertEquals(Map.of(), issuesOf(api, vektor));
        assertEquals(List.of(), fieldsOf(report(api, "&type=WRONG_CHECKSUM", 50), vektor));
        assertEquals(List.of(), fieldsOf(report(api, "", 200), vektor));
    }

    @Test
    public void theFormsCheckAnswersADraftAndStoresNothing() throws Exception {
        String draft = "{\"kind\":\"ORGANIZATION\",\"name\":\"ООО «ЗЕНИТ-ТРЕЙД»\",\"phones\":[\"Ivan@Zenit-Trade.ru\"],"
                + "\"legalEntities\":[{\"name\":\"ООО «Зенит-Трейд»\",\"country\":\"RU\",\"inn\":\"7701234561\"}]}";

        HttpResponse<String> checked = api.post("/api/quality/check", draft);
        assertEquals(checked.body(), 200, checked.statusCode());
        Map<String, JsonNode> issues = byField(Api.json(checked).get("issues"));
        assertEquals(issues.toString(), List.of("name", "phones[0]", "legalEntities[0].inn"), List.copyOf(issues.keySet()));
        JsonNode email = issues.get("phones[0]");
        assertEquals("EMAIL_IN_PHONE_FIELD", email.get("type").asText());
        assertEquals("MOVE", email.get("fix").get("action").asText());
        assertEquals("emails", email.get("fix").get("targetField").asText());
        assertEquals(List.of("ivan@zenit-trade.ru"), values(email.get("fix")));
        JsonNode inn = issues.get("legalEntities[0].inn");
        assertEquals("WRONG_CHECKSUM", inn.get("type").asText());
        assertEquals(List.of("7701234560"), values(inn.get("fix")));

        String search = "/api/clients?q=" + URLEncoder.encode("зенит", StandardCharsets.UTF_8);
        assertEquals("nothing stored", 0, Api.json(api.get(search)).get("items").size());
        assertTrue(report(api, "&type=WRONG_CHECKSUM", 200).stream()
                .noneMatch(item -> item.get("value").asText().equals("7701234561")));
        // the client validation still refuses what cannot be stored as a phone or a tax id; the check said how to fix it
        Api.assertInvalid(api.post("/api/clients", draft), "phones[0]", "legalEntities[0].inn");
        assertEquals(400, api.post("/api/quality/check", "").statusCode());
    }

    @Test
    public void aLimitedCallerSeesOnlyItsClientsIssuesAndNoHiddenField() throws Exception {
        HttpResponse<String> role = api.post("/api/roles", "{\"id\":\"own-quality\",\"label\":\"Own clients\",\"grants\":"
                + "{\"clients\":{\"access\":[\"READ\",\"WRITE\"],\"scope\":\"OWN\",\"hiddenFields\":[\"legalEntities\"]}}}");
        assertEquals(role.body(), 201, role.statusCode());
        String password = "quality-Own-4Fh8Kq2Lz7";
        HttpResponse<String> user = api.post("/api/users", "{\"username\":\"quinn\",\"displayName\":\"Quinn Test\","
                + "\"email\":\"quinn@example.com\",\"locale\":\"en\",\"team\":\"north\",\"password\":\"" + password
                + "\",\"roles\":[\"own-quality\"]}");
        assertEquals(user.body(), 201, user.statusCode());
        String quinnId = id(user);
        String quinns = id(created(api.post("/api/clients?confirmedNew=true", SHOUTING.replace("ВЕКТОР", "ОМЕГА")
                .replace("\"legalEntities\"", "\"responsibleManagerId\":\"" + quinnId + "\",\"legalEntities\""))));
        String others = id(created(api.post("/api/clients?confirmedNew=true", SHOUTING.replace("ВЕКТОР", "СИГМА"))));
        Api quinn = api.signIn("quinn", password);

        List<JsonNode> visible = report(quinn, "", 200);
        assertEquals("its own client's issues but the hidden legal entity's", List.of("name", "phones[1]"), fieldsOf(visible, quinns));
        assertEquals(Set.of(quinns), new HashSet<>(visible.stream().map(item -> item.get("clientId").asText()).toList()));
        assertEquals(List.of(), report(quinn, "&type=WRONG_CHECKSUM", 200));
        assertEquals(List.of("name", "phones[1]"), List.copyOf(issuesOf(quinn, quinns).keySet()));
        assertEquals(404, quinn.get("/api/clients/" + others + "/quality-issues").statusCode());
        assertEquals(3, issuesOf(api, others).size());
    }

    @Test
    public void badQueriesAreRefusedNamingTheParameter() throws Exception {
        Api.assertInvalid(api.get("/api/quality/issues?type=SHOUTING"), "type");
        Api.assertInvalid(api.get("/api/quality/issues?after=not-a-cursor"), "after");
        Api.assertInvalid(api.get("/api/quality/issues?limit=0"), "limit");
        HttpResponse<String> unknown = api.get("/api/clients/00000000-0000-0000-0000-000000000000/quality-issues");
        assertEquals(unknown.body(), 404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> lowerCase = api.get("/api/quality/issues?type=all_caps_name&limit=5");
        assertEquals(lowerCase.body(), 200, lowerCase.statusCode());
        assertNotNull(Api.json(lowerCase).get("items"));
    }
}
