package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Hidden fields below lists in a real browser: a user whose role hides the INN of legal entities
 * and a custom field edits a client in the form, which offers neither, and saving keeps both.
 */
public class HiddenFieldsUiIT {

    private static final String PASSWORD = "a long passphrase for tests";

    @ClassRule
    public static final SignedInBrowser UI = new SignedInBrowser("hidden-fields-ui", "/clients")
            .preparedBy(HiddenFieldsUiIT::createMaskedUser)
            .signedInAs("mona", PASSWORD);

    @Rule
    public final TestRule pages = UI.pageChecks();

    /** Two custom fields, and the user mona whose role hides the INN of legal entities and the rebate. */
    private static void createMaskedUser(Api api) throws Exception {
        created(api.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"rebate\",\"label\":\"Rebate\",\"type\":\"NUMBER\"}"));
        created(api.post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"region\",\"label\":\"Region\",\"type\":\"TEXT\"}"));
        created(api.post("/api/roles", "{\"id\":\"form-masked\",\"label\":\"Form masked\",\"grants\":{\"clients\":{"
                + "\"access\":[\"READ\",\"WRITE\"],\"scope\":\"ALL\",\"hiddenFields\":[\"legalEntities.inn\",\"customFields.rebate\"]},"
                + "\"settings\":{\"access\":[\"READ\"],\"scope\":\"ALL\",\"hiddenFields\":[]}}}"));
        created(api.post("/api/users", "{\"username\":\"mona\",\"displayName\":\"Mona Test\",\"email\":\"mona@example.com\",\"locale\":\"en\",\"team\":\"north\","
                + "\"password\":\"" + PASSWORD + "\",\"roles\":[\"form-masked\"]}"));
    }

    @Test
    public void theFormOffersNoHiddenFieldAndSavingKeepsThem() throws Exception {
        String id = Api.json(created(UI.api().post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"Masked Form Ltd\","
                + "\"legalEntities\":[{\"name\":\"OOO Masked\",\"country\":\"RU\",\"inn\":\"7743111225\",\"kpp\":\"773601001\"}],"
                + "\"customFields\":{\"rebate\":10,\"region\":\"North\"}}"))).get("id").asText();

        UI.browser().open(UI.homePage() + "#/clients/" + id + "/edit");
        UI.browser().until(driver -> "773601001".equals(UI.browser().find("#kpp").getDomProperty("value")));
        UI.browser().find("#cf-region");
        assertTrue("no INN input", UI.browser().all("#inn").isEmpty());
        assertTrue("no input of the hidden custom field", UI.browser().all("#cf-rebate").isEmpty());
        UI.browser().screenshot("hidden-fields-form");

        UI.browser().type("#name", "Masked Form Group");
        UI.browser().type("#kpp", "773601002");
        UI.browser().click("#save-client");
        UI.browser().untilText("#client-name", "Masked Form Group");
        JsonNode saved = Api.json(UI.api().get("/api/clients/" + id));
        assertEquals("773601002", saved.at("/legalEntities/0/kpp").asText());
        assertEquals("what the user does not see it keeps", "7743111225", saved.at("/legalEntities/0/inn").asText());
        assertEquals(10, saved.at("/customFields/rebate").asInt());
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(response.body(), 201, response.statusCode());
        return response;
    }
}
