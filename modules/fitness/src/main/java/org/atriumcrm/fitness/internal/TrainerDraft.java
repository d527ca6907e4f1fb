package org.atriumcrm.fitness.internal;

/** What a client of the API sends to add or change a trainer; {@code email} and {@code phone} are optional. */
public record TrainerDraft(String name, String email, String phone) {
}
