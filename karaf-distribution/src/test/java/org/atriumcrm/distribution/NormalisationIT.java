package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
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
 * Phones, tax ids and websites read one way when a client is stored, searched and matched, over HTTP,
 * on a Russian-default Atrium whose area code (812) is set once, in {@code org.atriumcrm.core}:
 * a Spanish client's number is read in Spain, numbers dialled from abroad are read after 00 or 810,
 * VAT numbers of the United Kingdom, Switzerland and Norway are taken, and websites are a field of
 * their own that finds and matches the client by its domain.
 */
public class NormalisationIT {

    private static RunningAtrium atrium;
    private static Api api;

    @BeforeClass
    public static void useTheSharedAtrium() throws Exception {
        atrium = RunningAtrium.shared();
        api = atrium.api();
    }

    private static String created(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 201, response.statusCode());
        return Api.json(response).get("id").asText();
    }

    private static JsonNode candidate(HttpResponse<String> matched, String clientId) throws Exception {
        assertEquals(matched.body(), 200, matched.statusCode());
        for (JsonNode candidate : Api.json(matched).get("candidates")) {
            if (candidate.get("clientId").asText().equals(clientId)) {
                return candidate;
            }
        }
        throw new AssertionError(clientId + " is no candidate: " + matched.body());
    }

    private static JsonNode reason(JsonNode candidate, String code) {
        for (JsonNode reason : candidate.get("reasons")) {
            if (reason.get("code").asText().equals(code)) {
                return reason;
            }
        }
        throw new AssertionError("no " + code + " in " + candidate);
    }

    private static List<String> found(String q) throws Exception {
        HttpResponse<String> page = api.get("/api/clients?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(page.body(), 200, page.statusCode());
        List<String> ids = new ArrayList<>();
        Api.json(page).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String inSpain(String name, String phone) {
        return "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\",\"phones\":[\"" + phone + "\"],"
                + "\"addresses\":[{\"street\":\"Calle de Colón 12\",\"city\":\"Valencia\",\"postalCode\":\"46004\",\"country\":\"ES\"}]}";
    }

    private static String withPhone(String name, String phone) {
        return "{\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\",\"phones\":[\"" + phone + "\"]}";
    }

    @Test
    public void aSpanishClientsNumberIsReadInSpainStoredAndMatchedOnARussianDefaultAtrium() throws Exception {
        String levante = created(api.post("/api/clients", inSpain("Distribuciones Levante S.L.", "0034 667 017 194")));
        JsonNode stored = Api.json(api.get("/api/clients/" + levante));
        assertEquals("kept as typed", "0034 667 017 194", stored.get("phones").get(0).asText());
        assertEquals(List.of(levante), found("+34 667 017 194"));

        JsonNode byPhone = candidate(api.post("/api/clients/match", withPhone("Distribuciones Levante", "+34 667 017 194")), levante);
        assertEquals("+34667017194", reason(byPhone, "SAME_PHONE").get("value").asText());
        assertEquals("STRONG", byPhone.get("decision").asText());

        String national = created(api.post("/api/clients", inSpain("Frutas Turia S.L.", "667 017 195")));
        assertEquals(List.of(national), found("+34667017195"));
        Api.assertInvalid(api.post("/api/clients", withPhone("Frutas Turia S.L.", "667 017 196")), "phones[0]");
    }

    @Test
    public void numbersDialledFromAbroadAreReadAfter00Or810AndNumbersInvalidEverywhereAreRefused() throws Exception {
        String madrid = created(api.post("/api/clients", withPhone("Almacenes Castilla S.A.", "810 34 912 345 678")));
        assertEquals(List.of(madrid), found("0034 912 345 678"));
        String bilbao = created(api.post("/api/clients", withPhone("Ferretería Nervión", "0034 944 123 456")));
        assertEquals(List.of(bilbao), found("+34 944 12 34 56"));

        HttpResponse<String> refused = api.post("/api/clients", inSpain("Nadie S.L.", "0034 12"));
        Api.assertInvalid(refused, "phones[0]");
    }

    @Test
    public void aLocalNumberIsMatchedWithTheAreaCodeSetOnce() throws Exception {
        String nevsky = created(api.post("/api/clients", withPhone("ООО «Невский берег»", "234-56-78")));
        assertEquals(List.of(nevsky), found("+7 812 234-56-78"));

        JsonNode byPhone = candidate(api.post("/api/clients/match", withPhone("Невский берег", "8 (812) 234-56-78")), nevsky);
        assertEquals("+78122345678", reason(byPhone, "SAME_PHONE").get("value").asText());
    }

    @Test
    public void vatNumbersOfTheUnitedKingdomSwitzerlandAndNorwayAreTakenInTheirCountriesForms() throws Exception {
        String alpen = created(api.post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"Alpen Handel\",\"legalEntities\":["
                + "{\"name\":\"Alpen Handel AG\",\"country\":\"CH\",\"vatNumber\":\"CHE-116.281.710 MWST\"},"
                + "{\"name\":\"Alpen Trading Ltd\",\"country\":\"GB\",\"vatNumber\":\"GB 123 4567 82\"},"
                + "{\"name\":\"Alpen Norge AS\",\"country\":\"NO\",\"vatNumber\":\"NO 923 609 016 MVA\"}]}"));
        JsonNode entities = Api.json(api.get("/api/clients/" + alpen)).get("legalEntities");
        assertEquals("CHE116281710MWST", entities.get(0).get("vatNumber").asText());

        JsonNode byVat = candidate(api.post("/api/clients/match", "{\"kind\":\"ORGANIZATION\",\"name\":\"Bergwerk\",\"legalEntities\":"
                + "[{\"name\":\"Bergwerk\",\"country\":\"CH\",\"vatNumber\":\"CHE116281710\"}]}"), alpen);
        assertEquals("CHE116281710", reason(byVat, "SAME_VAT").get("value").asText());

        HttpResponse<String> refused = api.post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"Gipfel\",\"legalEntities\":["
                + "{\"name\":\"Gipfel AG\",\"country\":\"CH\",\"vatNumber\":\"CH116281710\"},"
                + "{\"name\":\"Gipfel Ltd\",\"country\":\"GB\",\"vatNumber\":\"GB12345678\"}]}");
        Api.assertInvalid(refused, "legalEntities[0].vatNumber", "legalEntities[1].vatNumber");
    }

    @Test
    public void websitesAreStoredNormalisedFoundAndMatchedByTheirDomain() throws Exception {
        String alfa = created(api.post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"ООО «Альфа-Строй»\","
                + "\"websites\":[\"WWW.Alfa-Stroy.spb.ru/\",\"http://alfa-stroy.spb.ru/contacts\"]}"));
        JsonNode websites = Api.json(api.get("/api/clients/" + alfa)).get("websites");
        assertEquals("https://www.alfa-stroy.spb.ru", websites.get(0).asText());
        assertEquals("http://alfa-stroy.spb.ru/contacts", websites.get(1).asText());
        assertEquals(List.of(alfa), found("alfa-stroy.spb.ru"));
        assertEquals(List.of(alfa), found("https://www.alfa-stroy.spb.ru/about"));

        JsonNode byDomain = candidate(api.post("/api/clients/match", "{\"kind\":\"ORGANIZATION\",\"name\":\"Альфа Строй\","
                + "\"websites\":[\"alfa-stroy.spb.ru\"]}"), alfa);
        assertEquals("alfa-stroy.spb.ru", reason(byDomain, "SAME_DOMAIN").get("value").asText());

        Api.assertInvalid(api.post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"Бета\","
                + "\"websites\":[\"beta.ru\",\"info@beta.ru\",\"ftp://beta.ru\"]}"), "websites[1]", "websites[2]");
    }

    @Test
    public void aWebsiteKeptInACustomFieldStillMatches() throws Exception {
        created(api.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"website\",\"label\":\"Website\",\"type\":\"TEXT\"}"));
        String gamma = created(api.post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"ООО «Гамма Трейд»\","
                + "\"customFields\":{\"website\":\"https://gamma-trade.ru\"}}"));

        JsonNode byDomain = candidate(api.post("/api/clients/match", "{\"kind\":\"ORGANIZATION\",\"name\":\"Гамма Трейд\","
                + "\"websites\":[\"www.gamma-trade.ru\"]}"), gamma);
        assertEquals("gamma-trade.ru", reason(byDomain, "SAME_DOMAIN").get("value").asText());
    }

    @Test
    public void countriesAreListedWithTheirNamesInTheLanguageAsked() throws Exception {
        HttpResponse<String> spanish = api.get("/api/ui/countries?lang=es");
        assertEquals(spanish.body(), 200, spanish.statusCode());
        assertTrue(spanish.body(), spanish.body().contains("{\"code\":\"ES\",\"name\":\"España\"}"));
        assertTrue(spanish.body(), spanish.body().contains("{\"code\":\"DE\",\"name\":\"Alemania\"}"));
        JsonNode russian = Api.json(api.get("/api/ui/countries?lang=ru"));
        assertTrue(russian.size() > 240);
        boolean spain = false;
        for (JsonNode country : russian) {
            spain |= country.get("code").asText().equals("ES") && country.get("name").asText().equals("Испания");
        }
        assertTrue(russian.toString(), spain);
        assertEquals("in the language's own order", "Австралия", russian.get(0).get("name").asText());
        assertNotNull(Api.json(api.get("/api/ui/countries")).get(0).get("code"));
    }
}
