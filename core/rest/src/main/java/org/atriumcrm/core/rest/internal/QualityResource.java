package org.atriumcrm.core.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.quality.ClientQualityIssue;
import org.atriumcrm.core.quality.DataQuality;
import org.atriumcrm.core.quality.QualityIssue;
import org.atriumcrm.core.quality.QualityIssueQuery;
import org.atriumcrm.core.quality.QualityIssueType;
import org.atriumcrm.core.quality.QualityIssues;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/quality}: bad data in clients (an e-mail in a phone field, a phone not valid in its
 * region, a tax id with a wrong check digit, a name in capitals), each with a suggested fix. The
 * issues are warnings: no client write is refused for them. A caller limited to its own or its
 * team's clients sees only theirs, and no issue of a field its roles hide.
 */
@Component(service = QualityResource.class, property = RestResource.ENABLED)
@Path("quality")
@RequiresSection(Sections.CLIENTS)
@Produces(MediaType.APPLICATION_JSON)
public class QualityResource {

    private final QualityIssues issues;
    private final DataQuality quality;

    @Activate
    public QualityResource(@Reference QualityIssues issues, @Reference DataQuality quality) {
        this.issues = issues;
        this.quality = quality;
    }

    /** The issues of a draft or of one client, in field order. */
    public record IssueList(List<QualityIssue> issues) {
    }

    /** The report: the stored issues of every client, client by client; {@code type} for one kind only. */
    @GET
    @Path("issues")
    public Page<ClientQualityIssue> find(@QueryParam("type") String type, @QueryParam("limit") String limit,
                                         @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        QualityIssueType issueType = QueryParameters.enumValue(errors, "type", type, QualityIssueType.class);
        int size = QueryParameters.limit(errors, limit);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Page<ClientQualityIssue> page = issues.find(new QualityIssueQuery(issueType, RecordReach.owners(Sections.CLIENTS), size,
                QueryParameters.text(after)));
        // a page may come shorter than asked for; its cursor still leads on past the issues left out
        return new Page<>(visible(page.items(), ClientQualityIssue::field), page.next());
    }

    /** The issues of a draft as it is being typed; nothing is stored. The draft need not be valid. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresSection(value = Sections.CLIENTS, access = Access.READ)
    public IssueList check(ClientDraft draft) {
        return new IssueList(quality.check(Bodies.required(draft)));
    }

    /** The issues of the fields the caller's roles do not hide. */
    static <T> List<T> visible(List<T> issues, Function<T, String> field) {
        FieldMask hidden = HiddenFields.of(Sections.CLIENTS);
        return hidden.isEmpty() ? issues : issues.stream().filter(issue -> !hidden.hides(field.apply(issue))).toList();
    }
}
