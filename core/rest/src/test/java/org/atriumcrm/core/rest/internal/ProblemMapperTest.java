package org.atriumcrm.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;

import javax.ws.rs.NotFoundException;
import javax.ws.rs.ProcessingException;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceException;

import com.fasterxml.jackson.databind.ObjectMapper;

class ProblemMapperTest {

    private final ObjectMapper mapper = JsonSupport.mapper();

    private Throwable readingFails(String json) {
        try {
            mapper.readValue(json, ClientDraft.class);
            throw new AssertionError("expected " + json + " to be refused");
        } catch (Exception e) {
            return new ProcessingException("Error reading entity", e);
        }
    }

    @Test
    void malformedJsonIsA400WithWhereItBroke() {
        Problem problem = ProblemMapper.problem(readingFails("{bad"));
        assertEquals(400, problem.status());
        assertEquals("Malformed JSON", problem.title());
        assertTrue(problem.detail().contains("line 1"), problem.detail());
    }

    @Test
    void aValueOfTheWrongTypeIsA422NamingTheField() {
        Problem problem = ProblemMapper.problem(readingFails("{\"kind\":\"COMPANY\",\"name\":\"x\"}"));
        assertEquals(422, problem.status());
        assertEquals("kind", problem.errors().get(0).field());

        Problem nested = ProblemMapper.problem(readingFails("{\"addresses\":[{\"city\":[1]}]}"));
        assertEquals("addresses[0].city", nested.errors().get(0).field());
    }

    @Test
    void aMissingNumberIsRequired() {
        Throwable failure;
        try {
            mapper.readValue("{\"name\":\"Won\"}", org.atriumcrm.core.api.Stage.class);
            throw new AssertionError("a stage needs its probability");
        } catch (Exception e) {
            failure = e;
        }
        assertEquals(List.of(FieldError.of("probability", FieldError.REQUIRED, "is required")), ProblemMapper.problem(failure).errors());
    }

    @Test
    void anUnknownFieldIsNamed() {
        Problem problem = ProblemMapper.problem(readingFails("{\"nmae\":\"x\"}"));
        assertEquals(422, problem.status());
        assertEquals(List.of(FieldError.of("nmae", FieldError.UNKNOWN_FIELD, "is not a known field")), problem.errors());
    }

    @Test
    void modelExceptionsKeepTheirMeaningThroughWrappers() {
        ValidationException invalid = ValidationException.of("name", "is required");
        assertEquals(422, ProblemMapper.problem(new RuntimeException("tx", invalid)).status());
        assertEquals(404, ProblemMapper.problem(new RecordNotFoundException("client", "x")).status());
        assertEquals(409, ProblemMapper.problem(new VersionConflictException("x", 1, 2)).status());
        assertEquals(404, ProblemMapper.problem(new NotFoundException()).status());
    }

    @Test
    void unexpectedFailuresSayNothingOfTheirInsides() {
        Problem problem = ProblemMapper.problem(new IllegalStateException("secret table ATR_CLIENT"));
        assertEquals(500, problem.status());
        assertFalse(problem.detail().contains("ATR_CLIENT"));
        assertTrue(problem.detail().contains("incident"));
    }

    @Test
    void aRequestWhosePersistenceUnitClosedUnderItIsA503AndAnyOtherFaultA500() {
        IllegalStateException closed = new IllegalStateException("Attempting to execute an operation on a closed EntityManagerFactory.");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "org.eclipse.persistence.internal.jpa.EntityManagerFactoryDelegate", "verifyOpen", "EntityManagerFactoryDelegate.java", 365)});
        // as Aries' entity manager supplier throws it when the module's factory has closed
        Problem going = ProblemMapper.problem(new UndeclaredThrowableException(new InvocationTargetException(closed)));
        assertEquals(503, going.status());
        assertTrue(going.detail().contains("try again"), going.detail());

        assertEquals(503, ProblemMapper.problem(new ServiceException("The service has been unregistered")).status());
        assertEquals(500, ProblemMapper.problem(new IllegalStateException("Attempting to execute an operation on a closed"
                + " EntityManagerFactory.")).status(), "the same words thrown elsewhere are a fault");
    }
}
