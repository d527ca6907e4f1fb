package org.atriumcrm.core.automation.internal.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.atriumcrm.core.api.ActivityDirection;
import org.atriumcrm.core.api.ActivityDraft;
import org.atriumcrm.core.api.ActivityService;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.ClientKind;
import org.atriumcrm.core.api.ClientMatch;
import org.atriumcrm.core.api.ClientService;
import org.atriumcrm.core.api.CustomField;
import org.atriumcrm.core.api.CustomFieldService;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.LifecycleStatus;
import org.atriumcrm.core.api.RecordKind;
import org.atriumcrm.core.api.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an accepted submission into CRM records through core's services. A stored client that is almost
 * surely the same person (core's duplicate matching: the same e-mail or phone) gets the submission on its
 * timeline, unchanged otherwise; anyone else becomes a new lead with source {@value #SOURCE}, belonging
 * to the form's responsible manager. Then the submission is kept (with the consent given) and
 * {@link WebFormEvents#SUBMITTED} is posted, which fires the rules of {@code webform.submitted}.
 */
@Component(service = WebLeads.class)
public class WebLeads {

    public static final String SOURCE = "web";
    static final String ACTIVITY_TYPE = "note";
    static final String LANGUAGE_FIELD = "language";
    private static final Logger LOG = LoggerFactory.getLogger(WebLeads.class);
    private static final int CANDIDATES = 5;

    private final ClientService clients;
    private final ActivityService activities;
    private final CustomFieldService customFields;
    private final FormStore forms;
    private final EventAdmin events;

    /** What a submission came to. */
    public record Outcome(String clientId, boolean created, String submissionId) {
    }

    @Activate
    public WebLeads(@Reference ClientService clients, @Reference ActivityService activities,
            @Reference CustomFieldService customFields, @Reference FormStore forms, @Reference EventAdmin events) {
        this.clients = clients;
        this.activities = activities;
        this.customFields = customFields;
        this.forms = forms;
        this.events = events;
    }

    /** @throws ValidationException when core refuses a value, naming the form's input */
    public Outcome accept(WebForm form, Lead lead, String remoteAddress) {
        ClientDraft draft = draft(form, lead);
        Optional<String> existing = clients.match(draft, CANDIDATES).stream().filter(ClientMatch::strong)
                .map(ClientMatch::clientId).findFirst();
        String clientId;
        if (existing.isPresent()) {
            clientId = existing.get();
        } else {
            try {
                clientId = clients.create(draft).id();
            } catch (ValidationException refused) {
                throw inFormTerms(refused, form);
            }
        }
        activities.log(new ActivityDraft(clientId, null, null, ACTIVITY_TYPE, ActivityDirection.INBOUND,
                "Web form submitted: " + form.name(), null, summary(form, lead), null, null, null, Map.of()));
        String submissionId = forms.recordSubmission(form, clientId, existing.isEmpty(), lead, remoteAddress);
        events.postEvent(new Event(WebFormEvents.SUBMITTED, Map.of(WebFormEvents.PROP_CLIENT_ID, clientId,
                WebFormEvents.PROP_FORM_ID, form.id(), WebFormEvents.PROP_SUBMISSION_ID, submissionId,
                WebFormEvents.PROP_CLIENT_CREATED, Boolean.toString(existing.isEmpty()))));
        LOG.info("Web form {} submitted for {} client {}", form.id(), existing.isPresent() ? "existing" : "new", clientId);
        return new Outcome(clientId, existing.isEmpty(), submissionId);
    }

    private ClientDraft draft(WebForm form, Lead lead) {
        String name = lead.name() != null ? lead.name() : lead.email() != null ? lead.email() : lead.phone();
        Map<String, Object> custom = new LinkedHashMap<>(lead.customFields());
        if (lead.language() != null && !custom.containsKey(LANGUAGE_FIELD) && clientFieldDefined(LANGUAGE_FIELD)) {
            custom.put(LANGUAGE_FIELD, lead.language());
        }
        return new ClientDraft(ClientKind.PERSON, name, lead.phone() == null ? List.of() : List.of(lead.phone()),
                lead.email() == null ? List.of() : List.of(lead.email()), List.of(), List.of(), LifecycleStatus.LEAD, SOURCE,
                null, null, null, null, List.of(), form.responsibleManagerId(), List.of(), List.of(), custom);
    }

    private boolean clientFieldDefined(String key) {
        return customFields.list(RecordKind.CLIENT).stream().map(CustomField::key).anyMatch(key::equals);
    }

    /** The values as the timeline shows them: one line per filled input, then the consent. */
    private static String summary(WebForm form, Lead lead) {
        String lines = lead.shown().entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("\n"));
        if (form.consent() != null) {
            lines += "\n" + (lead.consentGiven() ? "Consent given: " : "Consent not given: ") + form.consent().text();
        }
        return lines;
    }

    /** Core names a client's fields ({@code emails[0]}); the page knows its inputs ({@code email}). */
    private static ValidationException inFormTerms(ValidationException refused, WebForm form) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError error : refused.errors()) {
            String field = error.field() == null ? "" : error.field();
            String target = field.startsWith("emails") ? FormField.EMAIL : field.startsWith("phones") ? FormField.PHONE : field;
            String input = form.fieldFor(target).map(FormField::name).orElse(field);
            errors.add(new FieldError(input, error.code(), error.arguments(), error.message()));
        }
        return new ValidationException(errors);
    }
}
