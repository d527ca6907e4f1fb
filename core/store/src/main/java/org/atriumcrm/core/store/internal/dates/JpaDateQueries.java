package org.atriumcrm.core.store.internal.dates;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.atriumcrm.core.api.ClientDate;
import org.atriumcrm.core.api.CustomFieldType;
import org.atriumcrm.core.api.DateQueries;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.StageChange;
import org.atriumcrm.core.api.StageOutcome;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.store.internal.clients.JpaClientService;
import org.atriumcrm.core.store.internal.fields.CustomFieldDefinitions;
import org.atriumcrm.core.store.internal.schema.CoreSchema;
import org.atriumcrm.core.store.internal.support.Cursor;
import org.atriumcrm.core.store.internal.support.Queries;
import org.atriumcrm.core.store.internal.support.Times;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link DateQueries} in SQL on the indexes of migration 16, {@code atr_opportunity (outcome, stage_entered_at, id)}
 * and {@code atr_contact (birthday, id)}, and on the custom values' {@code (record_kind, field_key, val)},
 * where a DATE value is ISO text and so sorts as its date does.
 */
@Component(service = DateQueries.class)
public class JpaDateQueries implements DateQueries {

    private static final String ENTERED = "entered";
    private static final String DATE = "date";

    private final JpaTemplate jpa;
    private final CustomFieldDefinitions definitions;

    @Activate
    public JpaDateQueries(@Reference(target = JpaClientService.UNIT_FILTER) JpaTemplate jpa, @Reference CoreSchema schema,
                          @Reference CustomFieldDefinitions definitions) {
        this.jpa = jpa;
        this.definitions = definitions;
    }

    @Override
    public Page<StageChange> currentStageEntries(Instant enteredAfter, Instant enteredUntil, int limit, String after) {
        Queries.checkLimit(limit);
        Cursor cursor = Cursor.decode(after, ENTERED);
        // the open deals by when they entered their stage, each with the stage change that brought it there
        StringBuilder sql = new StringBuilder("SELECT s.id, o.id, o.client_id, s.from_stage_id, o.stage_id, st.name, "
                + "o.stage_entered_at, s.changed_by FROM atr_opportunity o "
                + "JOIN atr_stage_change s ON s.opportunity_id = o.id AND s.changed_at = o.stage_entered_at AND s.to_stage_id = o.stage_id "
                + "LEFT JOIN atr_stage st ON st.id = o.stage_id WHERE o.outcome = ? AND o.stage_entered_at <= ?");
        List<Object> values = new ArrayList<>(List.of(StageOutcome.OPEN.name(), Timestamp.valueOf(Times.utc(enteredUntil))));
        if (enteredAfter != null) {
            sql.append(" AND o.stage_entered_at > ?");
            values.add(Timestamp.valueOf(Times.utc(enteredAfter)));
        }
        if (cursor != null) {
            sql.append(" AND o.stage_entered_at >= ? AND (o.stage_entered_at > ? OR o.id > ?)");
            Timestamp at = Timestamp.valueOf(cursor.time());
            values.addAll(List.of(at, at, cursor.id()));
        }
        sql.append(" ORDER BY o.stage_entered_at, o.id");
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<StageChange> rows = new ArrayList<>();
            for (Object[] row : rows(em, sql.toString(), values, limit)) {
                rows.add(new StageChange(text(row[0]), text(row[1]), text(row[2]), text(row[3]), text(row[4]), (String) row[5],
                        Times.instant(((Timestamp) row[6]).toLocalDateTime()), (String) row[7]));
            }
            return page(rows, limit, last -> Cursor.at(ENTERED, Times.utc(last.at()), last.opportunityId()));
        });
    }

    @Override
    public Page<ClientDate> clientDates(String field, LocalDate from, LocalDate to, int limit, String after) {
        Queries.checkLimit(limit);
        Cursor cursor = Cursor.decode(after, DATE + ":" + field);
        if (BIRTHDAY.equals(field)) {
            StringBuilder sql = new StringBuilder("SELECT c.client_id, c.id, c.birthday FROM atr_contact c "
                    + "WHERE c.birthday >= ? AND c.birthday <= ?");
            List<Object> values = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
            if (cursor != null) {
                sql.append(" AND c.birthday >= ? AND (c.birthday > ? OR c.id > ?)");
                Date at = Date.valueOf(date(cursor));
                values.addAll(List.of(at, at, cursor.id()));
            }
            sql.append(" ORDER BY c.birthday, c.id");
            return jpa.txExpr(TransactionType.Supports, em -> {
                List<ClientDate> rows = new ArrayList<>();
                for (Object[] row : rows(em, sql.toString(), values, limit)) {
                    rows.add(new ClientDate(text(row[0]), text(row[1]), ((Date) row[2]).toLocalDate()));
                }
                return page(rows, limit, last -> new Cursor(DATE + ":" + field, last.date().toString(), last.contactId()));
            });
        }
        String key = field != null && field.startsWith(CUSTOM_FIELD_PREFIX) ? field.substring(CUSTOM_FIELD_PREFIX.length()) : "";
        return jpa.txExpr(TransactionType.Supports, em -> {
            boolean dateField = definitions.of(RecordKind.CLIENT).stream()
                    .anyMatch(defined -> defined.key().equals(key) && defined.type() == CustomFieldType.DATE);
            if (!dateField) {
                throw ValidationException.of("field", "is not a date field of clients: " + field);
            }
            StringBuilder sql = new StringBuilder("SELECT v.record_id, v.val FROM atr_custom_value v "
                    + "WHERE v.record_kind = ? AND v.field_key = ? AND v.val >= ? AND v.val <= ?");
            List<Object> values = new ArrayList<>(List.of(RecordKind.CLIENT.name(), key, from.toString(), to.toString()));
            if (cursor != null) {
                sql.append(" AND v.val >= ? AND (v.val > ? OR v.record_id > ?)");
                values.addAll(List.of(cursor.value(), cursor.value(), cursor.id()));
            }
            sql.append(" ORDER BY v.val, v.record_id");
            List<ClientDate> rows = new ArrayList<>();
            for (Object[] row : rows(em, sql.toString(), values, limit)) {
                rows.add(new ClientDate(text(row[0]), null, LocalDate.parse((String) row[1])));
            }
            return page(rows, limit, last -> new Cursor(DATE + ":" + field, last.date().toString(), last.clientId()));
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, List<Object> values, int limit) {
        Query query = em.createNativeQuery(sql);
        Queries.bind(query, values);
        return query.setMaxResults(limit + 1).getResultList();
    }

    private static <T> Page<T> page(List<T> rows, int limit, Function<T, Cursor> cursorAt) {
        return Queries.page(rows, limit, row -> row, cursorAt);
    }

    private static LocalDate date(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.value());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("after", "is not a cursor returned by this list");
        }
    }

    /** Ids are CHAR(36), read back padded were one ever shorter. */
    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
