package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Duplicate detection at entry, over HTTP: a client typed differently is found as a strong candidate
 * with its reasons, creating it again answers 409 with the candidates unless the user confirms,
 * and firms that only share a brand with different tax ids are not held up.
 */
public class DuplicatesIT {

    private static RunningAtrium atrium;
    private static Api api;

    @BeforeClass
    public static void useTheSharedAtrium() throws Exception {
        atrium = RunningAtrium.shared();
        api = atrium.api();
    }

    private static String organisation(String name, String phone) {
        return "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\",\"phones\":[\"" + phone + "\"]}";
    }

    private static String withInn(String name, String inn) {
        return "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\",\"legalEntities\":[{\"name\":\"" + name
                + "\",\"country\":\"RU\",\"inn\":\"" + inn + "\"}]}";
    }

    private static String created(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 201, response.statusCode());
        return Api.json(response).get("id").asText();
    }

    private static JsonNode candidate(JsonNode candidates, String clientId) {
        for (JsonNode candidate : candidates) {
            if (candidate.get("clientId").asText().equals(clientId)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode candidate) {
        List<String> codes = new ArrayList<>();
        candidate.get("reasons").forEach(reason -> codes.add(reason.get("code").asText()));
        return codes;
    }

    private static int foundByPhone(String phone) throws Exception {
        return Api.json(api.get("/api/clients?q=" + URLEncoder.encode(phone, StandardCharsets.UTF_8))).get("items").size();
    }

    @Test
    public void aClientTypedDifferentlyIsAStrongCandidateAndIsNotCreatedTwiceUnlessConfirmed() throws Exception {
        String alfa = created(api.post("/api/clients", organisation("ООО «Альфа»", "+7 (812) 123-45-67")));
        String typedAgain = organisation("Альфа, ООО", "8 812 123-45-67");

        HttpResponse<String> matched = api.post("/api/clients/match", typedAgain);
        assertEquals(matched.body(), 200, matched.statusCode());
        JsonNode found = candidate(Api.json(matched).get("candidates"), alfa);
        assertNotNull(matched.body(), found);
        assertEquals("ООО «Альфа»", found.get("name").asText());
        assertEquals("STRONG", found.get("decision").asText());
        assertTrue(found.toString(), found.get("score").asDouble() >= 0.85);
        assertTrue(found.toString(), codes(found).contains("SAME_PHONE"));
        assertTrue(found.toString(), codes(found).contains("SAME_NAME"));
        JsonNode phone = found.get("reasons").get(codes(found).indexOf("SAME_PHONE"));
        assertEquals("+78121234567", phone.get("value").asText());
        assertEquals(1.0, phone.get("similarity").asDouble(), 0.0);
        assertEquals("the best candidate comes first", alfa, Api.json(matched).get("candidates").get(0).get("clientId").asText());

        HttpResponse<String> refused = api.post("/api/clients", typedAgain);
        assertEquals(refused.body(), 409, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        JsonNode problem = Api.json(refused);
        assertTrue(problem.toString(), problem.get("type").asText().endsWith("duplicate"));
        assertEquals(409, problem.get("status").asInt());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertTrue(fields.toString(), fields.contains("phones") && fields.contains("name"));
        JsonNode listed = candidate(problem.get("candidates"), alfa);
        assertNotNull(problem.toString(), listed);
        assertEquals("STRONG", listed.get("decision").asText());
        assertEquals("nothing was created", 1, foundByPhone("+7 812 123-45-67"));

        HttpResponse<String> confirmed = api.post("/api/clients?confirmedNew=true", typedAgain);
        String second = created(confirmed);
        assertFalse(alfa.equals(second));
        assertEquals(2, foundByPhone("+7 812 123-45-67"));
    }

    @Test
    public void firmsSharingABrandWithDifferentTaxIdsAreNotStrongCandidates() throws Exception {
        String stroy = created(api.post("/api/clients", withInn("ООО «Альфа-Строй»", "7736050003")));

        HttpResponse<String> matched = api.post("/api/clients/match", withInn("ООО «Альфа-Трейд»", "7702070139"));
        assertEquals(matched.body(), 200, matched.statusCode());
        JsonNode found = candidate(Api.json(matched).get("candidates"), stroy);
        assertTrue(matched.body(), found == null || !"STRONG".equals(found.get("decision").asText()));
        if (found != null) {
            assertTrue(found.toString(), codes(found).contains("DIFFERENT_INN"));
        }
        created(api.post("/api/clients", withInn("ООО «Альфа-Трейд»", "7702070139")));

        HttpResponse<String> sameInn = api.post("/api/clients/match", withInn("Альфа Строй", "7736050003"));
        JsonNode byInn = candidate(Api.json(sameInn).get("candidates"), stroy);
        assertNotNull(sameInn.body(), byInn);
        assertEquals("STRONG", byInn.get("decision").asText());
        assertTrue(byInn.toString(), codes(byInn).contains("SAME_INN"));
    }

    @Test
    public void aDraftLikeNoOneHasNoCandidatesAndTheBatchImportIsNotHeldUp() throws Exception {
        HttpResponse<String> none = api.post("/api/clients/match", organisation("Quuxbridge Ventures", "+44 20 7946 0777"));
        assertEquals(none.body(), 200, none.statusCode());
        assertEquals(0, Api.json(none).get("candidates").size());
        assertEquals(422, api.post("/api/clients/match?limit=0", organisation("Quuxbridge Ventures", "+44 20 7946 0777"))
                .statusCode());

        String first = created(api.post("/api/clients", organisation("Quuxbridge Ventures", "+44 20 7946 0777")));
        HttpResponse<String> imported = api.post("/api/clients/batch", "[" + organisation("Quuxbridge Ventures Ltd", "+44 20 7946 0777") + "]");
        assertEquals("imports take what they are given", 201, imported.statusCode());
        String copy = Api.json(imported).get("ids").get(0).asText();
        JsonNode candidates = Api.json(api.post("/api/clients/match", organisation("Quuxbridge Ventures", "+44 20 7946 0777")))
                .get("candidates");
        assertNotNull("an imported client has its match keys", candidate(candidates, copy));
        assertNotNull(candidate(candidates, first));
        assertNull(candidate(candidates, "no-such-client"));
    }
}
