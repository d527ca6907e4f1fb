package org.atriumcrm.core.store.internal.savedfilters;

import java.util.List;
import java.util.Map;

import org.atriumcrm.core.api.ClientFilter;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.SavedFilterDraft;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.search.ClientFinder;
import org.atriumcrm.core.store.internal.support.FieldChecks;

/**
 * Checks a saved filter as sent: its name, and each filter as the client list would take it (custom
 * field values in their canonical form), every mistake named by its field ({@code filter.tag}).
 */
final class SavedFilterChecks {

    static final int NAME_MAX = 100;
    static final int TEXT_MAX = 200;
    static final int CUSTOM_FIELDS_MAX = 20;
    private static final String FILTER = "filter.";
    private static final String CUSTOM_FIELDS = FILTER + "customFields";

    private SavedFilterChecks() {
    }

    /** The draft trimmed, blank texts as {@code null}; its scope ({@code responsibleManagerIn}) dropped. */
    static SavedFilterDraft validate(SavedFilterDraft draft, List<CustomField> definitions) {
        if (draft == null) {
            throw ValidationException.of(FieldError.of("name", FieldError.REQUIRED, "is required"));
        }
        FieldChecks checks = new FieldChecks();
        ClientFilter filter = draft.filter();
        String name = checks.required("name", draft.name(), NAME_MAX);
        String text = checks.text("text", draft.text(), TEXT_MAX);
        String source = checks.text(FILTER + "source", filter.source(), 100);
        String clientType = checks.text(FILTER + "clientType", filter.clientType(), 60);
        String sector = checks.text(FILTER + "sector", filter.sector(), 100);
        String geography = checks.text(FILTER + "geography", filter.geography(), 100);
        String tag = checks.text(FILTER + "tag", filter.tag(), 60);
        String manager = checks.text(FILTER + "responsibleManagerId", filter.responsibleManagerId(), 64);
        Map<String, String> customFields = Map.of();
        if (checks.withinSize(CUSTOM_FIELDS, List.copyOf(filter.customFields().keySet()), CUSTOM_FIELDS_MAX)) {
            try {
                customFields = ClientFinder.customFilter(filter.customFields(), definitions);
            } catch (ValidationException invalid) {
                // the list names them cf.<key>, as its query parameters; here they are inside the filter
                invalid.errors().forEach(error -> checks.add(CUSTOM_FIELDS + "." + error.field().substring("cf.".length()),
                        error.code(), error.arguments(), error.message()));
            }
        }
        checks.throwIfAny();
        ClientFilter checked = new ClientFilter(filter.status(), source, clientType, sector, filter.purchasePotential(),
                geography, tag, manager, customFields, null);
        return new SavedFilterDraft(name, draft.shared(), text, checked, draft.sort());
    }
}
