package org.atriumcrm.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FieldMaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FieldMask MASK = new FieldMask(Set.of("legalEntities.inn", "contacts.phones", "customFields.discount",
            "purchasePotential"));

    private static final String CLIENT = "{\"id\":\"c1\",\"name\":\"Alfa\",\"purchasePotential\":\"HIGH\","
            + "\"customFields\":{\"discount\":10,\"vip\":true},"
            + "\"legalEntities\":[{\"id\":\"l1\",\"name\":\"OOO Alfa\",\"inn\":\"7707083893\",\"kpp\":\"773601001\"}],"
            + "\"contacts\":[{\"id\":\"p1\",\"name\":\"Ivan\",\"phones\":[\"+79161234567\"],\"emails\":[\"ivan@alfa.ru\"]},"
            + "{\"id\":\"p2\",\"name\":\"Olga\",\"phones\":[\"+79169999999\"]}]}";

    @Test
    void aRecordLosesItsHiddenFieldsInObjectsAndInEveryElementOfItsLists() throws Exception {
        JsonNode client = JSON.readTree(CLIENT);
        MASK.strip(client);
        assertFalse(client.has("purchasePotential"));
        assertEquals("{\"vip\":true}", client.get("customFields").toString());
        assertEquals("{\"id\":\"l1\",\"name\":\"OOO Alfa\",\"kpp\":\"773601001\"}", client.get("legalEntities").get(0).toString());
        client.get("contacts").forEach(contact -> assertFalse(contact.has("phones"), contact.toString()));
        assertEquals("ivan@alfa.ru", client.get("contacts").get(0).get("emails").get(0).asText());
    }

    @Test
    void recordsNestedInPagesAndAnswersAreStrippedTheSameWay() throws Exception {
        JsonNode answers = JSON.readTree("{\"page\":{\"items\":[" + CLIENT + "," + CLIENT + "]},"
                + "\"merge\":{\"survivor\":" + CLIENT + ",\"mergedIds\":[\"c2\"]},\"list\":[[" + CLIENT + "]]}");
        MASK.strip(answers);
        assertFalse(answers.toString().contains("7707083893"), answers.toString());
        assertFalse(answers.toString().contains("+7916"), answers.toString());
        assertFalse(answers.toString().contains("discount"), answers.toString());
        assertEquals("c2", answers.get("merge").get("mergedIds").get(0).asText());
        assertEquals("OOO Alfa", answers.get("list").get(0).get(0).get("legalEntities").get(0).get("name").asText());
    }

    @Test
    void aHiddenFieldAppliesAtEveryDepthSoPhonesHidesContactsPhonesToo() throws Exception {
        JsonNode client = JSON.readTree(CLIENT);
        new FieldMask(Set.of("phones")).strip(client);
        assertFalse(client.toString().contains("+7916"), client.toString());
    }

    @Test
    void matchReasonsDrawnFromAHiddenFieldLoseTheirValueOnly() throws Exception {
        JsonNode group = JSON.readTree("{\"pairs\":[{\"a\":\"c1\",\"b\":\"c2\",\"reasons\":["
                + "{\"code\":\"SAME_INN\",\"value\":\"7707083893\",\"similarity\":1},"
                + "{\"code\":\"DIFFERENT_OGRN\",\"value\":\"1027700132195\",\"similarity\":0},"
                + "{\"code\":\"SAME_NAME\",\"value\":\"alfa\",\"similarity\":1}]}]}");
        new FieldMask(Set.of("legalEntities")).strip(group);
        JsonNode reasons = group.get("pairs").get(0).get("reasons");
        assertEquals("{\"code\":\"SAME_INN\",\"similarity\":1}", reasons.get(0).toString());
        assertEquals("{\"code\":\"DIFFERENT_OGRN\",\"similarity\":0}", reasons.get(1).toString());
        assertEquals("alfa", reasons.get(2).get("value").asText());

        JsonNode phone = JSON.readTree("{\"code\":\"SAME_PHONE\",\"value\":\"+79161234567\",\"similarity\":1}");
        MASK.strip(phone);
        assertFalse(phone.has("value"), "a phone key may come from a contact's phone");
    }

    @Test
    void fieldsNamedWithIndicesLieInTheHiddenPathsAboveThem() {
        assertTrue(MASK.hides("legalEntities[0].inn"));
        assertTrue(MASK.hides("contacts[1].phones[0]"));
        assertTrue(MASK.hides("customFields.discount"));
        assertFalse(MASK.hides("legalEntities[0].kpp"));
        assertFalse(MASK.hides("contacts[1].emails[0]"));
        assertFalse(MASK.hides("customFields.vip"));
        assertFalse(MASK.hides("legalEntities"), "a list of entities is not its tax ids");
        assertTrue(new FieldMask(Set.of("inn")).hides("legalEntities[0].inn"));
    }

    @Test
    void aBodyWritingAHiddenFieldIsNamedAsSent() throws Exception {
        assertEquals(Optional.of("contacts[1].phones"), MASK.firstWritten(JSON.readTree(
                "{\"contacts\":[{\"name\":\"Ivan\"},{\"name\":\"Olga\",\"phones\":[\"+79169999999\"]}]}"), ""));
        assertEquals(Optional.of("[2].legalEntities[0].inn"), MASK.firstWritten(JSON.readTree(
                "[{},{},{\"legalEntities\":[{\"name\":\"OOO\",\"inn\":\"7707083893\"}]}]"), ""));
        assertEquals(Optional.of("customFields.discount"), MASK.firstWritten(JSON.readTree(
                "{\"customFields\":{\"discount\":5}}"), ""));
        assertEquals(Optional.empty(), MASK.firstWritten(JSON.readTree(
                "{\"contacts\":[{\"name\":\"Ivan\",\"phones\":[]}],\"legalEntities\":[{\"inn\":\"\"}],\"purchasePotential\":null}"), ""),
                "empty values write nothing");
    }

    @Test
    void anUpdateKeepsTheStoredHiddenValuesOfEachListElementByItsId() throws Exception {
        JsonNode stored = JSON.readTree(CLIENT);
        JsonNode sent = JSON.readTree("{\"name\":\"Alfa Group\",\"customFields\":{\"vip\":false},"
                + "\"legalEntities\":[{\"id\":\"l1\",\"name\":\"OOO Alfa Group\",\"inn\":\"\"},{\"name\":\"New\"}],"
                + "\"contacts\":[{\"id\":\"p2\",\"name\":\"Olga\"},{\"name\":\"Pyotr\",\"phones\":[]}]}");
        MASK.restore(sent, stored);
        assertEquals("7707083893", sent.get("legalEntities").get(0).get("inn").asText());
        assertEquals("OOO Alfa Group", sent.get("legalEntities").get(0).get("name").asText());
        assertFalse(sent.get("legalEntities").get(1).has("inn"));
        assertEquals("[\"+79169999999\"]", sent.get("contacts").get(0).get("phones").toString(), "paired by id, not position");
        assertFalse(sent.get("contacts").get(1).has("phones"));
        assertEquals("{\"vip\":false,\"discount\":10}", sent.get("customFields").toString());
        assertEquals("HIGH", sent.get("purchasePotential").asText());
    }
}
