package org.atriumcrm.core.store.internal.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.PurchasePotential;
import org.atriumcrm.core.api.ValidationException;

/**
 * The data a survivor keeps after a merge: each single-valued field from the client the user chose
 * (by default the survivor, or the first merged client that has a value where the survivor has
 * none), and every phone, e-mail, website, address, tag, contact and legal entity of all of them, the
 * survivor's first, without repeating equal values.
 */
public final class MergedDraft {

    private static final String FIELDS = "fields";
    private static final String CUSTOM_PREFIX = "customFields.";

    /** A single-valued field a user may choose, and how to read it. */
    private enum Choosable {
        KIND("kind", Client::kind),
        NAME("name", Client::name),
        STATUS("status", Client::status),
        SOURCE("source", Client::source),
        CLIENT_TYPE("clientType", Client::clientType),
        SECTOR("sector", Client::sector),
        PURCHASE_POTENTIAL("purchasePotential", Client::purchasePotential),
        GEOGRAPHY("geography", Client::geography),
        RESPONSIBLE_MANAGER("responsibleManagerId", Client::responsibleManagerId);

        private final String field;
        private final Function<Client, Object> value;

        Choosable(String field, Function<Client, Object> value) {
            this.field = field;
            this.value = value;
        }
    }

    private final Client survivor;
    private final List<Client> all;
    private final Map<String, Client> byId = new HashMap<>();
    private final Map<String, String> sources;
    private final Function<String, String> phoneKey;

    /**
     * @param phoneKey the form in which two phones typed differently are equal
     * @throws ValidationException naming {@code fields.<field>} for an unknown field or a source that
     *                             is none of the clients merged
     */
    public MergedDraft(Client survivor, List<Client> merged, Map<String, String> sources, Function<String, String> phoneKey) {
        this.survivor = survivor;
        this.all = Stream.concat(Stream.of(survivor), merged.stream()).toList();
        this.all.forEach(client -> byId.put(client.id(), client));
        this.sources = sources;
        this.phoneKey = phoneKey;
        checkSources();
    }

    private void checkSources() {
        Set<String> known = new LinkedHashSet<>();
        for (Choosable choosable : Choosable.values()) {
            known.add(choosable.field);
        }
        List<FieldError> errors = new ArrayList<>();
        sources.forEach((field, clientId) -> {
            String path = FIELDS + "." + field;
            if (!known.contains(field) && !(field.startsWith(CUSTOM_PREFIX) && field.length() > CUSTOM_PREFIX.length())) {
                errors.add(new FieldError(path, "is not a field a merge chooses; choose one of " + known + " or customFields.<key>"));
            } else if (!byId.containsKey(clientId)) {
                errors.add(new FieldError(path, "must be the id of the survivor or of a client merged"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public ClientDraft draft() {
        Map<Choosable, Object> chosen = new LinkedHashMap<>();
        for (Choosable choosable : Choosable.values()) {
            chosen.put(choosable, chosen(choosable.field, choosable.value));
        }
        return new ClientDraft(
                (ClientKind) chosen.get(Choosable.KIND),
                (String) chosen.get(Choosable.NAME),
                distinct(Client::phones, phoneKey),
                distinct(Client::emails, email -> email.toLowerCase(Locale.ROOT)),
                distinct(Client::websites, website -> website.toLowerCase(Locale.ROOT)),
                distinct(Client::addresses, Function.identity()),
                (LifecycleStatus) chosen.get(Choosable.STATUS),
                (String) chosen.get(Choosable.SOURCE),
                (String) chosen.get(Choosable.CLIENT_TYPE),
                (String) chosen.get(Choosable.SECTOR),
                (PurchasePotential) chosen.get(Choosable.PURCHASE_POTENTIAL),
                (String) chosen.get(Choosable.GEOGRAPHY),
                distinct(Client::tags, tag -> tag.toLowerCase(Locale.ROOT)),
                (String) chosen.get(Choosable.RESPONSIBLE_MANAGER),
                all.stream().flatMap(client -> client.contacts().stream()).toList(),
                all.stream().flatMap(client -> client.legalEntities().stream()).toList(),
                customFields());
    }

    private Object chosen(String field, Function<Client, Object> value) {
        String source = sources.get(field);
        if (source != null) {
            return value.apply(byId.get(source));
        }
        return all.stream().map(value).filter(MergedDraft::present).findFirst().orElse(value.apply(survivor));
    }

    private Map<String, Object> customFields() {
        Set<String> keys = new LinkedHashSet<>();
        all.forEach(client -> keys.addAll(client.customFields().keySet()));
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : keys) {
            Object value = chosen(CUSTOM_PREFIX + key, client -> client.customFields().get(key));
            if (value != null) {
                values.put(key, value);
            }
        }
        return values;
    }

    private <T> List<T> distinct(Function<Client, List<T>> values, Function<T, ?> sameWhen) {
        Map<Object, T> kept = new LinkedHashMap<>();
        all.stream().flatMap(client -> values.apply(client).stream())
                .forEach(value -> kept.putIfAbsent(Objects.requireNonNullElse(sameWhen.apply(value), value), value));
        return new ArrayList<>(kept.values());
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof String text && text.isBlank())
                && !(value instanceof List<?> list && list.isEmpty());
    }
}
