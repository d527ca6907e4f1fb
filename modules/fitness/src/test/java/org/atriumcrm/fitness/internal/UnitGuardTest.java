package org.atriumcrm.fitness.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;

import org.junit.jupiter.api.Test;

class UnitGuardTest {

    @Test
    void aClosedEntityManagerFactoryIsRecognisedThroughItsWrappers() {
        IllegalStateException closed = new IllegalStateException("Attempting to execute an operation on a closed EntityManagerFactory.");
        assertTrue(UnitGuard.closedUnit(new UndeclaredThrowableException(new InvocationTargetException(closed))));
        assertFalse(UnitGuard.closedUnit(new IllegalStateException("something else")));
        assertFalse(UnitGuard.closedUnit(null));
    }
}
