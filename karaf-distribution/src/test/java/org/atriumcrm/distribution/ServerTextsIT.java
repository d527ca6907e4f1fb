package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server's words in the caller's language over HTTP: timeline titles and the messages of a 422,
 * in Russian and Spanish by {@code Accept-Language} or by the signed-in user's language, English
 * otherwise, with the machine-readable codes and arguments beside them. A module's timeline entries
 * (fitness visits) are translated from the module's own texts.
 */
public class ServerTextsIT {

    private static RunningAtrium atrium;
    private static Api api;
    private static String client;

    @BeforeClass
    public static void startAtriumWithFitnessAndAClientThatMoved() throws Exception {
        // an Atrium of its own: it installs the fitness module
        atrium = RunningAtrium.start("texts");
        api = atrium.api();
        HttpResponse<String> installed = api.post("/api/modules", "{\"id\":\"fitness\"}");
        assertEquals(installed.body(), 201, installed.statusCode());
        api.awaitStatus("/api/fitness/plans", 200, Duration.ofSeconds(60));

        client = created(api.post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"Ирина Волкова\",\"status\":\"LEAD\"}"));
        HttpResponse<String> moved = api.put("/api/clients/" + client, "\"1\"",
                "{\"kind\":\"PERSON\",\"name\":\"Ирина Волкова\",\"status\":\"ACTIVE\"}");
        assertEquals(moved.body(), 200, moved.statusCode());
        String plan = created(api.post("/api/fitness/plans", "{\"name\":\"10 visits\",\"kind\":\"VISITS\",\"visits\":10,"
                + "\"duration\":3,\"durationUnit\":\"MONTHS\",\"price\":\"90.00\",\"currency\":\"EUR\"}"));
        created(api.post("/api/fitness/memberships", "{\"clientId\":\"" + client + "\",\"planId\":\"" + plan
                + "\",\"card\":\"TX-1\"}"));
        HttpResponse<String> visit = api.post("/api/fitness/checkins", "{\"card\":\"TX-1\"}");
        assertEquals(visit.body(), 200, visit.statusCode());
    }

    @AfterClass
    public static void stop() {
        if (atrium != null) {
            atrium.stop();
        }
    }

    @Test
    public void aStatusChangeIsTitledInRussianOrSpanishAsAskedAndKeepsItsCode() throws Exception {
        JsonNode russian = statusChange(api.inLanguage("ru-RU,ru;q=0.9,en;q=0.5"));
        assertEquals("Статус: Лид → Активный", russian.get("title").asText());
        assertEquals("timeline.status-change", russian.get("code").asText());
        assertEquals("LEAD", russian.path("arguments").path("from").asText());
        assertEquals("ACTIVE", russian.path("arguments").path("to").asText());

        assertEquals("Estado: Potencial → Activo", statusChange(api.inLanguage("es")).get("title").asText());
        assertEquals("Status LEAD → ACTIVE", statusChange(api).get("title").asText());
        assertEquals("a language Atrium does not speak is answered in English",
                "Status LEAD → ACTIVE", statusChange(api.inLanguage("fr-FR")).get("title").asText());
    }

    @Test
    public void aUserWhoseLanguageIsRussianReadsTheTimelineInRussianWithoutAskingForIt() throws Exception {
        String password = "texts-Olga-7rT2mW9q";
        HttpResponse<String> user = api.post("/api/users", "{\"username\":\"olga\",\"locale\":\"ru\",\"roles\":[\"admin\"],"
                + "\"password\":\"" + password + "\"}");
        assertEquals(user.body(), 201, user.statusCode());
        Api olga = api.anonymous().signIn("olga", password);

        assertEquals("Статус: Лид → Активный", statusChange(olga).get("title").asText());
        assertEquals("what the request asks for comes first", "Estado: Potencial → Activo",
                statusChange(olga.inLanguage("es")).get("title").asText());
    }

    @Test
    public void aModulesTimelineEntryIsTitledFromTheModulesOwnTexts() throws Exception {
        JsonNode russian = entry(api.inLanguage("ru"), "fitness.visit");
        assertEquals("Посещение клуба", russian.get("title").asText());
        assertEquals("Карта TX-1, осталось 9 визитов", russian.get("summary").asText());
        assertEquals("fitness.visit", russian.get("code").asText());
        assertEquals("Visita al club", entry(api.inLanguage("es"), "fitness.visit").get("title").asText());
        assertEquals("Club visit", entry(api, "fitness.visit").get("title").asText());
    }

    @Test
    public void aRefusedClientIsExplainedInRussianWithTheCodesOfEveryField() throws Exception {
        String longName = "Я".repeat(301);
        HttpResponse<String> refused = api.inLanguage("ru").post("/api/clients",
                "{\"kind\":\"ORGANIZATION\",\"name\":\"" + longName + "\",\"phones\":[\"not a phone\"],\"emails\":[\"ivan@\"]}");
        Api.assertInvalid(refused, "name", "phones[0]", "emails[0]");
        JsonNode problem = Api.json(refused);
        assertEquals("Недопустимое значение", problem.get("title").asText());
        assertEquals("ru", refused.headers().firstValue("Content-Language").orElse(""));

        JsonNode name = error(problem, "name");
        assertEquals("too_long", name.get("code").asText());
        assertEquals(300, name.path("arguments").path("max").asInt());
        assertEquals("длиннее 300 символов", name.get("message").asText());
        assertEquals("invalid_phone", error(problem, "phones[0]").get("code").asText());
        assertEquals("не является допустимым номером телефона", error(problem, "phones[0]").get("message").asText());
        assertEquals("invalid_email", error(problem, "emails[0]").get("code").asText());
        assertTrue(problem.get("detail").asText(), problem.get("detail").asText().startsWith("Недопустимые значения: "));

        JsonNode english = Api.json(api.post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\" \"}"));
        assertEquals("required", error(english, "name").get("code").asText());
        assertEquals("is required", error(english, "name").get("message").asText());
        JsonNode spanish = Api.json(api.inLanguage("es").post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\" \"}"));
        assertEquals("es obligatorio", error(spanish, "name").get("message").asText());
    }

    @Test
    public void aModulesRefusalsAreExplainedInRussianByCoresCommonCodesAndTheModulesOwn() throws Exception {
        JsonNode plan = Api.json(api.inLanguage("ru").post("/api/fitness/plans", "{\"name\":\" \",\"kind\":\"VISITS\",\"visits\":0,"
                + "\"duration\":3,\"durationUnit\":\"MONTHS\",\"price\":\"90.00\",\"currency\":\"EUR\"}"));
        assertEquals("required", error(plan, "name").get("code").asText());
        assertEquals("обязательное поле", error(plan, "name").get("message").asText());
        JsonNode visits = error(plan, "visits");
        assertEquals("out_of_range", visits.get("code").asText());
        assertEquals(10_000, visits.path("arguments").path("max").asInt());
        assertTrue(visits.toString(), visits.get("message").asText().startsWith("должно быть от 1 до 10"));

        String other = created(api.post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"Пётр Смирнов\"}"));
        String month = created(api.post("/api/fitness/plans", "{\"name\":\"Month\",\"kind\":\"TIME\",\"duration\":1,"
                + "\"durationUnit\":\"MONTHS\",\"price\":\"40.00\",\"currency\":\"EUR\"}"));
        HttpResponse<String> taken = api.inLanguage("ru").post("/api/fitness/memberships",
                "{\"clientId\":\"" + other + "\",\"planId\":\"" + month + "\",\"card\":\"TX-1\"}");
        Api.assertInvalid(taken, "card");
        JsonNode card = error(Api.json(taken), "card");
        assertEquals("fitness.card_taken", card.get("code").asText());
        assertEquals("уже на другом действующем абонементе; продлите его, чтобы сохранить карту", card.get("message").asText());
    }

    @Test
    public void aRefusedQueryParameterIsExplainedInRussianToo() throws Exception {
        JsonNode problem = Api.json(api.inLanguage("ru").get("/api/clients?status=SLEEPY"));
        JsonNode status = error(problem, "status");
        assertEquals("not_one_of", status.get("code").asText());
        assertTrue(status.toString(), status.get("message").asText().startsWith("должно быть одним из значений: LEAD, ACTIVE"));
    }

    private static JsonNode statusChange(Api caller) throws Exception {
        return entry(caller, "status-change");
    }

    /** The client's newest timeline entry of {@code kind}, or whose code is {@code kind}. */
    private static JsonNode entry(Api caller, String kind) throws Exception {
        HttpResponse<String> timeline = caller.get("/api/clients/" + client + "/timeline?limit=50");
        assertEquals(timeline.body(), 200, timeline.statusCode());
        List<JsonNode> found = new ArrayList<>();
        Api.json(timeline).get("items").forEach(item -> {
            if (kind.equals(item.get("kind").asText())) {
                found.add(item);
            }
        });
        assertTrue(kind + " in " + timeline.body(), !found.isEmpty());
        return found.get(0);
    }

    private static JsonNode error(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (field.equals(error.get("field").asText())) {
                return error;
            }
        }
        throw new AssertionError(field + " not in " + problem);
    }

    private static String created(HttpResponse<String> reply) throws Exception {
        assertEquals(reply.body(), 201, reply.statusCode());
        return Api.json(reply).get("id").asText();
    }
}
