package org.atriumcrm.core.automation.internal.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.ValidationException;

/** Checks a webhook request whole and reports every bad field at once (422). */
public final class WebhookValidator {

    static final int MAX_NAME = 200;
    static final int MAX_URL = 2000;

    private WebhookValidator() {
    }

    /** The request with its events in a stable order and without repeats; throws when anything is wrong. */
    public static WebhookRequest check(WebhookRequest request, boolean allowHttp) {
        if (request == null) {
            throw ValidationException.of(FieldError.of("name", FieldError.REQUIRED, "is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of("name", FieldError.REQUIRED, "is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", FieldError.TOO_LONG, Map.of("max", MAX_NAME), "is longer than " + MAX_NAME + " characters"));
        }
        String url = request.url() == null ? "" : request.url().strip();
        urlError(url, allowHttp).ifPresent(errors::add);
        LinkedHashSet<String> events = new LinkedHashSet<>();
        List<String> asked = request.events() == null ? List.of() : request.events();
        for (int index = 0; index < asked.size(); index++) {
            String event = asked.get(index);
            if (event == null || WebhookEvent.byId(event.strip()).isEmpty()) {
                errors.add(new FieldError("events[" + index + "]", FieldError.NOT_ONE_OF,
                        Map.of("allowed", String.join(", ", WebhookEvent.ids())), "is not one of " + String.join(", ", WebhookEvent.ids())));
            } else {
                events.add(event.strip());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new WebhookRequest(name, url, List.copyOf(events), request.enabled() == null || request.enabled());
    }

    private static Optional<FieldError> urlError(String url, boolean allowHttp) {
        String schemes = allowHttp ? "an https:// or http:// address" : "an https:// address";
        if (url.isEmpty()) {
            return Optional.of(FieldError.of("url", FieldError.REQUIRED, "is required"));
        }
        if (url.length() > MAX_URL) {
            return Optional.of(new FieldError("url", FieldError.TOO_LONG, Map.of("max", MAX_URL),
                    "is longer than " + MAX_URL + " characters"));
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean allowed = scheme.equals("https") || allowHttp && scheme.equals("http");
            if (!allowed || uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null) {
                return Optional.of(FieldError.of("url", "automation.webhook_url",
                        "must be " + schemes + " with a host, without user info or fragment"));
            }
        } catch (URISyntaxException e) {
            return Optional.of(FieldError.of("url", "automation.webhook_url", "must be " + schemes + ": " + e.getReason()));
        }
        return Optional.empty();
    }
}
