package org.atriumcrm.core.store.internal.clients;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.api.Address;
import org.atriumcrm.core.api.BankDetails;
import org.atriumcrm.core.api.ContactPerson;
import org.atriumcrm.core.api.LegalEntity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The storage form of a client's {@link ClientParts} in {@code atr_client.parts_doc}: JSON of this
 * record, its own shape rather than the API's records, so that a change to the API does not change
 * what was stored. Empty part lists and absent values are left out (an empty text is kept).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PartsDocument(List<String> phones, List<String> emails, List<String> websites, List<Place> addresses,
                            List<String> tags, List<Contact> contacts, List<Entity> legalEntities,
                            Map<String, List<String>> customValues) {

    /** The longest document the column holds (Derby's longest VARCHAR); a longer one is not stored. */
    static final int MAX_CHARS = 32_672;

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectWriter WRITER = JSON.writerFor(PartsDocument.class);
    private static final ObjectReader READER = JSON.readerFor(PartsDocument.class);

    /** An address. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String street, String city, String region, String postalCode, String country) {
    }

    /** A contact person, its birthday as ISO text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String id, String name, String position, List<String> phones, List<String> emails,
                          String birthday, String notes) {
    }

    /** A legal entity with its bank details. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entity(String id, String name, String country, String inn, String kpp, String ogrn, String taxId,
                         String vatNumber, String legalAddress, String bankName, String bik, String account,
                         String correspondentAccount, String bic, String iban) {
    }

    /** The document of these parts. */
    public static PartsDocument of(ClientParts parts) {
        return new PartsDocument(parts.phones(), parts.emails(), parts.websites(),
                parts.addresses().stream().map(a -> new Place(a.street(), a.city(), a.region(), a.postalCode(), a.country()))
                        .toList(),
                parts.tags(),
                parts.contacts().stream().map(c -> new Contact(c.id(), c.name(), c.position(), c.phones(), c.emails(),
                        c.birthday() == null ? null : c.birthday().toString(), c.notes())).toList(),
                parts.legalEntities().stream().map(PartsDocument::entity).toList(),
                parts.customValues());
    }

    private static Entity entity(LegalEntity e) {
        BankDetails bank = e.bank() == null ? new BankDetails(null, null, null, null, null, null) : e.bank();
        return new Entity(e.id(), e.name(), e.country(), e.inn(), e.kpp(), e.ogrn(), e.taxId(), e.vatNumber(),
                e.legalAddress(), bank.bankName(), bank.bik(), bank.account(), bank.correspondentAccount(), bank.bic(),
                bank.iban());
    }

    /** The parts this document holds, as {@link ClientPartRows} would read them from their tables. */
    public ClientParts parts() {
        return new ClientParts(list(phones), list(emails), list(websites),
                list(addresses).stream().map(a -> new Address(a.street(), a.city(), a.region(), a.postalCode(), a.country()))
                        .toList(),
                list(tags),
                list(contacts).stream().map(c -> new ContactPerson(c.id(), c.name(), c.position(), list(c.phones()),
                        list(c.emails()), c.birthday() == null ? null : LocalDate.parse(c.birthday()), c.notes())).toList(),
                list(legalEntities).stream().map(e -> LegalEntityEntity.legalEntity(e.id(), e.name(), e.country(), e.inn(),
                        e.kpp(), e.ogrn(), e.taxId(), e.vatNumber(), e.legalAddress(), new BankDetails(e.bankName(), e.bik(),
                                e.account(), e.correspondentAccount(), e.bic(), e.iban()))).toList(),
                customValues == null ? Map.of() : new LinkedHashMap<>(customValues));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** The JSON of these parts; empty when it is longer than the column holds. */
    public static Optional<String> json(ClientParts parts) {
        try {
            String json = WRITER.writeValueAsString(of(parts));
            return json.length() > MAX_CHARS ? Optional.empty() : Optional.of(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The parts of a client could not be written as JSON", e);
        }
    }

    /** The parts a stored document holds. */
    public static ClientParts parse(String json) {
        try {
            return READER.<PartsDocument>readValue(json).parts();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a client's parts document: " + e.getOriginalMessage(), e);
        }
    }
}
