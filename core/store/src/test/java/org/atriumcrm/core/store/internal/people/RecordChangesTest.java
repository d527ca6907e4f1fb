package org.atriumcrm.core.store.internal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.security.AuditChange;
import org.junit.jupiter.api.Test;

class RecordChangesTest {

    record Entity(String inn, String kpp) {
    }

    record Company(String id, String name, List<String> phones, List<Entity> entities, Map<String, Object> custom,
                   long version) {
    }

    @Test
    void namesEachChangedFieldByItsPathWithOldAndNewValuesFieldsOfTheOldVersionFirst() {
        Company before = new Company("c1", "Alfa", List.of("+78121234567"), List.of(new Entity("7707083893", null)),
                Map.of("vip", true), 1);
        Company after = new Company("c1", "Alfa LLC", List.of("+78121234567", "+34911234567"),
                List.of(new Entity("7707083893", "770701001")), Map.of("vip", false), 2);

        assertEquals(List.of(
                new AuditChange("name", "Alfa", "Alfa LLC"),
                new AuditChange("custom.vip", "true", "false"),
                new AuditChange("phones[1]", null, "+34911234567"),
                new AuditChange("entities[0].kpp", null, "770701001")), RecordChanges.between(before, after));
    }

    @Test
    void aCreateListsEverySetFieldAndIdsAndVersionsAreNotChanges() {
        Company created = new Company("c1", "Alfa", List.of(), List.of(), Map.of(), 1);
        assertEquals(List.of(new AuditChange("name", null, "Alfa")), RecordChanges.between(null, created));
        assertTrue(RecordChanges.between(created, new Company("c1", "Alfa", List.of(), List.of(), Map.of(), 7)).isEmpty());
    }

    @Test
    void changedFieldsNameEachFieldOnceWithoutListIndices() {
        Company before = new Company("c1", "Alfa", List.of("+78121234567"), List.of(new Entity("7707083893", null)),
                Map.of("vip", true), 1);
        Company after = new Company("c1", "Alfa LLC", List.of("+78121234567", "+34911234567", "+34911234568"),
                List.of(new Entity("7707083893", "770701001")), Map.of("vip", true), 2);

        assertEquals(List.of("name", "phones", "entities.kpp"), List.of(RecordChanges.changedFields(before, after)));
        assertEquals(List.of(), List.of(RecordChanges.changedFields(after, after)));
    }
}
