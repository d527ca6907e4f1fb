package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AuditAction;
import org.atriumcrm.core.api.security.AuditEntry;
import org.atriumcrm.core.api.security.AuditQuery;
import org.atriumcrm.core.api.security.AuditTrail;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/audit}: the whole audit trail for admins, newest first. Read only: no method here changes a row. */
@Component(service = AuditResource.class, property = RestResource.ENABLED)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequiresSection(Sections.ADMIN)
public class AuditResource {

    private final AuditTrail audit;

    @Activate
    public AuditResource(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @GET
    public Page<AuditEntry> find(@QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId,
                                 @QueryParam("userId") String userId, @QueryParam("action") String action,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("limit") String limit, @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        AuditQuery query = new AuditQuery(QueryParameters.text(recordType), QueryParameters.text(recordId),
                QueryParameters.text(userId), QueryParameters.enumValue(errors, "action", action, AuditAction.class),
                QueryParameters.instant(errors, "from", from), QueryParameters.instant(errors, "to", to),
                QueryParameters.limit(errors, limit), QueryParameters.text(after));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return audit.find(query);
    }
}
