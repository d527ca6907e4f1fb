package org.atriumcrm.core.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.Attachment;
import org.atriumcrm.core.api.AttachmentContent;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/attachments/{id}}: downloads a file kept with an activity, byte for byte, always as a
 * download. A file of a type that can carry scripts (SVG, HTML, XML …: anything but a raster image,
 * a PDF or plain text) also gets a policy that sandboxes it and loads nothing, in case a browser
 * shows it all the same.
 */
@Component(service = AttachmentResource.class, property = RestResource.ENABLED)
@Path("attachments")
@RequiresSection(Sections.ACTIVITIES)
public class AttachmentResource {

    private static final String SANDBOX = "sandbox; default-src 'none'";
    private static final Set<String> PASSIVE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp",
            "application/pdf", "text/plain", "text/csv");

    private final ActivityService activities;
    private final ClientRecordReach reach;

    @Activate
    public AttachmentResource(@Reference ActivityService activities, @Reference ClientAccess clients) {
        this.activities = activities;
        this.reach = new ClientRecordReach(clients, Sections.ACTIVITIES);
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") String id) throws IOException {
        AttachmentContent file = activities.attachment(id)
                .orElseThrow(() -> new RecordNotFoundException(ActivityService.ATTACHMENT_RECORD_TYPE, id));
        Attachment attachment = file.attachment();
        requireReach(attachment, file.content());
        StreamingOutput body = out -> {
            try (InputStream in = file.content()) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder download = Response.ok(body, attachment.contentType());
        if (!PASSIVE_TYPES.contains(attachment.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT))) {
            download.header("Content-Security-Policy", SANDBOX);
        }
        return download.header(HttpHeaders.CONTENT_LENGTH, attachment.size())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .tag(new EntityTag(attachment.sha256()))
                .build();
    }

    /** A file is reached through its activity: 404 for the file, its stream closed, when the caller does not reach that. */
    private void requireReach(Attachment attachment, InputStream content) throws IOException {
        if (!reach.limited()) {
            return;
        }
        boolean reached = activities.get(attachment.activityId())
                .map(activity -> reach.reaches(activity.clientId(), activity.authorId())).orElse(false);
        if (!reached) {
            content.close();
            throw new RecordNotFoundException(ActivityService.ATTACHMENT_RECORD_TYPE, attachment.id());
        }
    }
}
