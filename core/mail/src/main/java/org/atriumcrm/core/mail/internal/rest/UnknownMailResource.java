package org.atriumcrm.core.mail.internal.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.Activity;
import org.atriumcrm.core.api.ActivityDirection;
import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientAccess;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.Page;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.Access;
import org.atriumcrm.core.api.security.AccessDeniedException;
import org.atriumcrm.core.api.security.Caller;
import org.atriumcrm.core.api.security.Sections;
import org.atriumcrm.core.mail.internal.inbox.InboundFiling;
import org.atriumcrm.core.mail.internal.inbox.InboundMessage;
import org.atriumcrm.core.mail.internal.inbox.InboundMessages;
import org.atriumcrm.core.mail.internal.inbox.InboxStore;
import org.atriumcrm.core.mail.internal.inbox.UnknownMail;
import org.atriumcrm.core.spi.RequiresSection;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/mailbox/unknown}: messages of the shared mailbox from senders no client has, for a
 * manager to file on a client it reaches, or to make into a lead (source {@code email}) with the
 * message as its first activity. Filing writes the client, the activity and the message's new status
 * in one transaction; a message is filed once.
 */
@Component(service = UnknownMailResource.class, property = RestResource.ENABLED)
@RequiresSection(Sections.ACTIVITIES)
@Path("mailbox/unknown")
@Produces(MediaType.APPLICATION_JSON)
public class UnknownMailResource {

    /** The client to file a message on. */
    public record AttachRequest(String clientId) {
    }

    /** The new lead's name; the sender's name or address when not given. */
    public record LeadRequest(String name) {
    }

    /** A filed message and the activity it became. */
    public record Filed(UnknownMail message, Activity activity) {
    }

    static final String SOURCE = "email";
    /** What a lead made of an e-mail writes besides its name */
    private static final List<String> LEAD_FIELDS = List.of("emails", "source", "status", "responsibleManagerId");
    private static final int DEFAULT_LIMIT = 20;

    private final InboxStore store;
    private final InboundFiling filing;
    private final ClientService clients;
    private final ClientAccess access;

    @Activate
    public UnknownMailResource(@Reference InboxStore store, @Reference InboundFiling filing, @Reference ClientService clients,
            @Reference ClientAccess access) {
        this.store = store;
        this.filing = filing;
        this.clients = clients;
        this.access = access;
    }

    @GET
    public Page<UnknownMail> list(@QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        List<FieldError> errors = new ArrayList<>();
        String wanted = status == null || status.isBlank() ? UnknownMail.OPEN : status.strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of(UnknownMail.OPEN, UnknownMail.ATTACHED, UnknownMail.LEAD).contains(wanted)) {
            errors.add(FieldError.of("status", FieldError.NOT_ONE_OF, "must be OPEN, ATTACHED or LEAD"));
        }
        int size = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > Page.MAX_LIMIT) {
                errors.add(FieldError.of("limit", FieldError.OUT_OF_RANGE, "must be a number from 1 to " + Page.MAX_LIMIT));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.unknown(wanted, size, after);
    }

    @POST
    @Path("{id}/attach")
    @Consumes(MediaType.APPLICATION_JSON)
    public Filed attach(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AttachRequest request) {
        String clientId = request == null ? null : request.clientId();
        if (clientId == null || clientId.isBlank()) {
            throw ValidationException.of(FieldError.of("clientId", FieldError.REQUIRED, "is required"));
        }
        access.requireReference(clientId, "clientId");
        Activity[] logged = new Activity[1];
        UnknownMail filed = store.resolve(id, expectedVersion(ifMatch), UnknownMail.ATTACHED, userId(), raw -> {
            logged[0] = filing.log(message(raw, id), clientId, null, ActivityDirection.INBOUND, userId());
            return clientId;
        });
        return new Filed(filed, logged[0]);
    }

    @POST
    @Path("{id}/lead")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresSection(Sections.CLIENTS)
    public Filed lead(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LeadRequest request) {
        // the message becomes an activity of the new client, so both sections are written
        if (!Caller.current().map(caller -> caller.allows(Sections.ACTIVITIES, Access.WRITE)).orElse(true)) {
            throw new AccessDeniedException("making a lead of an e-mail needs write access to activities too");
        }
        Set<String> hidden = Caller.current().map(caller -> caller.hiddenFields(Sections.CLIENTS)).orElse(Set.of());
        for (String field : LEAD_FIELDS) {
            if (hidden.contains(field)) {
                throw new AccessDeniedException(field, "is hidden from your role, and a lead made of an e-mail writes it");
            }
        }
        UnknownMail unknown = store.unknown(id).orElseThrow(
                () -> new RecordNotFoundException(InboxStore.RECORD_TYPE, id));
        String name = request == null || request.name() == null || request.name().isBlank()
                ? (unknown.senderName() == null || unknown.senderName().isBlank() ? unknown.sender() : unknown.senderName())
                : request.name().strip();
        Activity[] logged = new Activity[1];
        UnknownMail filed = store.resolve(id, expectedVersion(ifMatch), UnknownMail.LEAD, userId(), raw -> {
            Client lead = clients.create(new ClientDraft(ClientKind.PERSON, name, List.of(), List.of(unknown.sender()), List.of(),
                    LifecycleStatus.LEAD, SOURCE, null, null, null, null, List.of(), userId(), List.of(), List.of(), Map.of()));
            logged[0] = filing.log(message(raw, id), lead.id(), null, ActivityDirection.INBOUND, userId());
            return lead.id();
        });
        return new Filed(filed, logged[0]);
    }

    /** The message as it came; a message too large to keep whole is its text alone. */
    private InboundMessage message(byte[] raw, String id) {
        if (raw != null) {
            return InboundMessages.parse(raw);
        }
        UnknownMail kept = store.unknown(id).orElseThrow();
        Instant sentAt = kept.sentAt();
        return new InboundMessage("<" + id + "@unknown.atrium>", kept.sender(), kept.senderName(), List.of(), kept.subject(), sentAt,
                kept.excerpt(), List.of());
    }

    private static String userId() {
        return Caller.current().map(Caller::userId).orElse(null);
    }

    private static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(ifMatch.strip().replace("W/", "").replace("\"", "")));
        } catch (NumberFormatException e) {
            throw ValidationException.of(FieldError.of("If-Match", FieldError.INVALID, "is not a version of this record"));
        }
    }
}
