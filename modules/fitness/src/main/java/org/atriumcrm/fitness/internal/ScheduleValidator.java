package org.atriumcrm.fitness.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

/** Checks trainer and class drafts whole and reports every bad field at once. */
public final class ScheduleValidator {

    static final int MAX_TEXT = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_PHONE = 40;
    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_CAPACITY = 1000;
    /** A class is scheduled, or recorded after the fact, within a year of today. */
    static final Duration MAX_DISTANCE = Duration.ofDays(366);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9()\\-. ]+");

    private ScheduleValidator() {
    }

    /** @throws ValidationException naming each bad field */
    public static TrainerDraft trainer(TrainerDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = required(draft.name(), "name", MAX_TEXT, errors);
        String email = optional(draft.email(), "email", MAX_EMAIL, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(FieldError.of("email", "invalid_email", "is not an e-mail address"));
        }
        String phone = optional(draft.phone(), "phone", MAX_PHONE, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "may hold only digits, spaces and + ( ) - ."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TrainerDraft(name, email, phone);
    }

    /**
     * @param bookedNow places booked already (0 for a new class): the capacity may not go below them
     * @throws ValidationException naming each bad field; an unknown trainer is the caller's to check
     */
    public static ClassSpec schedule(ClassDraft draft, int bookedNow, Instant now) {
        if (draft == null) {
            throw ValidationException.of("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        String title = required(draft.title(), "title", MAX_TEXT, errors);
        String trainerId = required(draft.trainerId(), "trainerId", 36, errors);
        if (draft.startsAt() == null) {
            errors.add(FieldError.of("startsAt", FieldError.REQUIRED, "is required"));
        } else if (draft.startsAt().isBefore(now.minus(MAX_DISTANCE)) || draft.startsAt().isAfter(now.plus(MAX_DISTANCE))) {
            errors.add(new FieldError("startsAt", "must be within a year of today"));
        }
        if (draft.minutes() == null) {
            errors.add(FieldError.of("minutes", FieldError.REQUIRED, "is required"));
        } else if (draft.minutes() < 1 || draft.minutes() > MAX_MINUTES) {
            errors.add(new FieldError("minutes", FieldError.OUT_OF_RANGE, Map.of("min", 1, "max", MAX_MINUTES), "must be between 1 and " + MAX_MINUTES));
        }
        if (draft.capacity() == null) {
            errors.add(FieldError.of("capacity", FieldError.REQUIRED, "is required"));
        } else if (draft.capacity() < 1 || draft.capacity() > MAX_CAPACITY) {
            errors.add(new FieldError("capacity", FieldError.OUT_OF_RANGE, Map.of("min", 1, "max", MAX_CAPACITY), "must be between 1 and " + MAX_CAPACITY));
        } else if (draft.capacity() < bookedNow) {
            errors.add(new FieldError("capacity", "is below the " + bookedNow + " places booked already"));
        }
        String room = optional(draft.room(), "room", MAX_TEXT, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ClassSpec(title, trainerId, draft.startsAt(), draft.minutes(), draft.capacity(), room);
    }

    private static String required(String text, String field, int max, List<FieldError> errors) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, FieldError.REQUIRED, "is required"));
            return null;
        }
        return checkedLength(value, field, max, errors);
    }

    private static String optional(String text, String field, int max, List<FieldError> errors) {
        String value = text == null ? "" : text.strip();
        return value.isEmpty() ? null : checkedLength(value, field, max, errors);
    }

    private static String checkedLength(String value, String field, int max, List<FieldError> errors) {
        if (value.length() > max) {
            errors.add(new FieldError(field, FieldError.TOO_LONG, Map.of("max", max), "is longer than " + max + " characters"));
            return null;
        }
        return value;
    }
}
