package org.atriumcrm.core.store.internal.savedfilters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atriumcrm.core.api.ClientFilter;
import org.atriumcrm.core.api.ClientSort;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.SavedFilterDraft;
import org.atriumcrm.core.api.ValidationException;
import org.junit.jupiter.api.Test;

class SavedFilterChecksTest {

    private static final List<CustomField> FIELDS = List.of(new CustomField("id-segment", RecordKind.CLIENT, "segment",
            "Segment", CustomFieldType.PICKLIST, false, null, List.of("Retail", "Wholesale"), 1));

    private static ClientFilter filter(String tag, Map<String, String> customFields) {
        return new ClientFilter(LifecycleStatus.LEAD, null, null, null, null, null, tag, null, customFields, Set.of("someone"));
    }

    @Test
    void trimsTextsAndDropsTheScopeOfWhoeverSentIt() {
        SavedFilterDraft valid = SavedFilterChecks.validate(new SavedFilterDraft("  VIP leads ", true, "  ", filter(" vip ",
                Map.of("segment", "Retail")), ClientSort.CREATED_DESC), FIELDS);
        assertEquals("VIP leads", valid.name());
        assertNull(valid.text());
        assertEquals("vip", valid.filter().tag());
        assertEquals(LifecycleStatus.LEAD, valid.filter().status());
        assertEquals(Map.of("segment", "Retail"), valid.filter().customFields());
        assertNull(valid.filter().responsibleManagerIn());
        assertEquals(ClientSort.CREATED_DESC, valid.sort());
    }

    @Test
    void namesEveryWrongFieldInsideTheFilter() {
        ValidationException invalid = assertThrows(ValidationException.class, () -> SavedFilterChecks.validate(
                new SavedFilterDraft(" ", false, "x".repeat(201), filter("t".repeat(61), Map.of("segment", "Nobody",
                        "budget", "1")), null), FIELDS));
        assertEquals(List.of("name", "text", "filter.tag", "filter.customFields.budget", "filter.customFields.segment"),
                invalid.errors().stream().map(FieldError::field).sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals(FieldError.REQUIRED, invalid.errors().get(0).code());
    }

    private static int order(String field) {
        return List.of("name", "text", "filter.tag", "filter.customFields.budget", "filter.customFields.segment").indexOf(field);
    }
}
