package org.atriumcrm.core.store.internal.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldDraft;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.support.FieldChecks;
import org.junit.jupiter.api.Test;

class CustomValuesTest {

    private static CustomField field(String key, CustomFieldType type, boolean required, String defaultValue, String... options) {
        return new CustomField("id-" + key, RecordKind.CLIENT, key, key, type, required, defaultValue, List.of(options), 1);
    }

    private final List<CustomField> fields = List.of(
            field("segment", CustomFieldType.PICKLIST, true, null, "Retail", "Wholesale"),
            field("channels", CustomFieldType.MULTI_PICKLIST, false, null, "Web", "Phone", "Shop"),
            field("employees", CustomFieldType.NUMBER, false, null),
            field("credit", CustomFieldType.DECIMAL, false, "1000.00"),
            field("since", CustomFieldType.DATE, false, null),
            field("vip", CustomFieldType.BOOLEAN, false, null));

    private Map<String, List<String>> check(Map<String, Object> sent) {
        FieldChecks checks = new FieldChecks();
        Map<String, List<String>> values = CustomValues.check(checks, sent, fields, RecordKind.CLIENT);
        checks.throwIfAny();
        return values;
    }

    @Test
    void keepsCanonicalTextAndAppliesDefaults() {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("segment", "Retail");
        sent.put("channels", List.of("Web", "Shop", "Web"));
        sent.put("employees", 250);
        sent.put("since", "2019-03-01");
        sent.put("vip", true);

        assertEquals(Map.of("segment", List.of("Retail"), "channels", List.of("Web", "Shop"), "employees", List.of("250"),
                "credit", List.of("1000"), "since", List.of("2019-03-01"), "vip", List.of("true")), check(sent));
        assertEquals(List.of("1500.5"), check(Map.of("segment", "Retail", "credit", new BigDecimal("1500.50"))).get("credit"));
    }

    @Test
    void namesEveryBadValue() {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("channels", List.of("Fax"));
        sent.put("employees", 2.5);
        sent.put("since", "yesterday");
        sent.put("colour", "red");

        ValidationException error = assertThrows(ValidationException.class, () -> check(sent));

        assertEquals(List.of("customFields.colour", "customFields.segment", "customFields.channels",
                "customFields.employees", "customFields.since"), error.errors().stream().map(FieldError::field).toList());
        assertEquals("is required", error.errors().get(1).message());
        assertEquals("'Fax' is not one of [Web, Phone, Shop]", error.errors().get(2).message());
    }

    @Test
    void aPicklistTakesOnlyItsOptions() {
        ValidationException error = assertThrows(ValidationException.class, () -> check(Map.of("segment", "Government")));
        assertEquals(List.of(new FieldError("customFields.segment", "'Government' is not one of [Retail, Wholesale]")),
                error.errors());
    }

    @Test
    void definitionsNeedOptionsForPicklistsAndAFittingDefault() {
        ValidationException error = assertThrows(ValidationException.class, () -> CustomFieldChecks.validate(
                new CustomFieldDraft(RecordKind.CLIENT, "1st", "Level", CustomFieldType.PICKLIST, false, "Gold", List.of())));
        assertEquals(List.of("key", "options", "defaultValue"), error.errors().stream().map(FieldError::field).toList());
    }
}
