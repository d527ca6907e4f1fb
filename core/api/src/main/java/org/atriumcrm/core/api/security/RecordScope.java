package org.atriumcrm.core.api.security;

/** Which records of a section a role reaches: all of them, its team's, or its own (where the user is the responsible manager). */
public enum RecordScope {
    ALL, TEAM, OWN;

    /** The wider of two scopes. */
    public RecordScope widest(RecordScope other) {
        return other == null || compareTo(other) <= 0 ? this : other;
    }
}
