package org.atriumcrm.fitness.internal;

/**
 * What a change in a transaction came to: the result, or why it was refused. A refusal is returned
 * from the transaction (which then writes nothing) and thrown after it, not through it.
 */
record Refusable<T>(T result, RuntimeException refusal) {

    static <T> Refusable<T> of(T result) {
        return new Refusable<>(result, null);
    }

    static <T> Refusable<T> refused(RuntimeException refusal) {
        return new Refusable<>(null, refusal);
    }

    T orThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return result;
    }
}
