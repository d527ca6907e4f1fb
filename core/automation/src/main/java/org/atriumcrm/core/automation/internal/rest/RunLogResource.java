package org.atriumcrm.core.automation.internal.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.GenericEntity;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.automation.internal.engine.Run;
import org.atriumcrm.core.automation.internal.engine.RunCursor;
import org.atriumcrm.core.automation.internal.engine.RunLog;
import org.atriumcrm.core.automation.internal.engine.RunStatus;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/automation/runs}: the run log, newest first, of one rule, one record and/or one status.
 * The answer is the page's runs as a plain array; when more follow, {@value #NEXT_CURSOR} holds the
 * cursor to send as {@code after} for the next page.
 */
@Component(service = RunLogResource.class, property = RestResource.ENABLED)
@RequiresSection(Sections.AUTOMATION)
@Path("automation/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunLogResource {

    static final String NEXT_CURSOR = "X-Next-Cursor";
    static final int DEFAULT_LIMIT = 50;

    private final RunLog log;

    @Activate
    public RunLogResource(@Reference RunLog log) {
        this.log = log;
    }

    @GET
    public Response runs(@QueryParam("ruleId") String ruleId, @QueryParam("recordId") String recordId,
            @QueryParam("status") String status, @QueryParam("limit") String limit, @QueryParam(RunCursor.PARAMETER) String after) {
        List<FieldError> errors = new ArrayList<>();
        RunLog.Filter filter = new RunLog.Filter(blankToNull(ruleId), blankToNull(recordId), status(status, errors));
        int size = size(limit, errors);
        RunCursor cursor = RunCursor.parse(after, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        RunLog.Page page = log.find(filter, cursor, size);
        Response.ResponseBuilder answer = Response.ok(new GenericEntity<List<Run>>(page.runs()) { });
        if (page.next() != null) {
            answer.header(NEXT_CURSOR, page.next().encode());
        }
        return answer.build();
    }

    private static RunStatus status(String text, List<FieldError> errors) {
        String wanted = blankToNull(text);
        if (wanted == null) {
            return null;
        }
        try {
            return RunStatus.valueOf(wanted);
        } catch (IllegalArgumentException unknown) {
            String known = Arrays.stream(RunStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(FieldError.of("status", FieldError.NOT_ONE_OF, "must be one of " + known));
            return null;
        }
    }

    private static int size(String limit, List<FieldError> errors) {
        String wanted = blankToNull(limit);
        if (wanted == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(wanted);
            if (size >= 1 && size <= RunLog.MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(FieldError.of("limit", FieldError.OUT_OF_RANGE, "must be a number from 1 to " + RunLog.MAX_LIMIT));
        return DEFAULT_LIMIT;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
