package org.atriumcrm.core.automation.internal.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.scheduler.DeliveryExecutor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one attempt of a delivery when the scheduler fires it: a signed {@code POST} of the stored body
 * with timeouts on connecting and on the answer. A 2xx answer delivers it; anything else (another
 * status, a redirect, no connection, a timeout) is logged and tried again with back-off within the
 * retry window, and counts towards disabling the hook.
 */
@Component(service = DeliveryExecutor.class, immediate = true, configurationPid = AutomationConfiguration.PID)
public class WebhookSender implements DeliveryExecutor {

    public static final String DELIVERY_HEADER = "X-Atrium-Delivery";
    public static final String EVENT_HEADER = "X-Atrium-Event";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookStore hooks;
    private final DeliveryStore deliveries;
    private final RetryPolicy retries;
    private final int disableAfter;
    private final Duration readTimeout;
    private final HttpClient http;

    @Activate
    public WebhookSender(@Reference WebhookStore hooks, @Reference DeliveryStore deliveries, AutomationConfiguration configuration) {
        this.hooks = hooks;
        this.deliveries = deliveries;
        this.retries = RetryPolicy.of(configuration);
        this.disableAfter = Math.max(1, configuration.webhook_disable_after_failures());
        this.readTimeout = Duration.ofSeconds(Math.max(1, configuration.webhook_read_timeout_seconds()));
        // redirects are not followed: a hook is delivered to the address it names, nowhere else
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(Math.max(1, configuration.webhook_connect_timeout_seconds())))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<Instant> execute(String deliveryId, int attempt) {
        Optional<Delivery> found = deliveries.get(deliveryId);
        if (found.isEmpty() || found.get().attempts().stream().anyMatch(made -> made.attempt() >= attempt)
                || found.get().status() == DeliveryStatus.DELIVERED || found.get().status() == DeliveryStatus.FAILED) {
            return Optional.empty(); // made already (a recovered job), over, or its hook was deleted
        }
        Delivery delivery = found.get();
        Optional<Webhook> hook = hooks.get(delivery.webhookId());
        Optional<String> secret = hooks.secret(delivery.webhookId());
        Optional<String> body = deliveries.body(deliveryId);
        if (hook.isEmpty() || secret.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        if (!hook.get().enabled()) {
            deliveries.attempted(deliveryId, new DeliveryAttempt(attempt, Instant.now(), null, 0,
                    "not sent: the webhook is disabled (" + hook.get().disabledReason() + ")"), DeliveryStatus.FAILED, null);
            return Optional.empty();
        }
        DeliveryAttempt made = send(hook.get(), secret.get(), delivery, body.get(), attempt);
        if (made.error() == null) {
            deliveries.attempted(deliveryId, made, DeliveryStatus.DELIVERED, null);
            hooks.succeeded(hook.get().id());
            return Optional.empty();
        }
        LOG.info("Webhook {} delivery {} attempt {} failed: {}", hook.get().id(), deliveryId, attempt, made.error());
        if (hooks.failed(hook.get().id(), disableAfter, made.error())) {
            deliveries.attempted(deliveryId, made, DeliveryStatus.FAILED, null);
            LOG.warn("Webhook {} is disabled after {} failed attempts in a row", hook.get().id(), disableAfter);
            return Optional.empty();
        }
        Optional<Instant> next = retries.next(attempt, Instant.now(), delivery.occurredAt());
        deliveries.attempted(deliveryId, made, next.isPresent() ? DeliveryStatus.RETRYING : DeliveryStatus.FAILED, next.orElse(null));
        return next;
    }

    private DeliveryAttempt send(Webhook hook, String secret, Delivery delivery, String body, int attempt) {
        Instant at = Instant.now();
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(hook.url()))
                .timeout(readTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Atrium-Webhooks/1")
                .header(DELIVERY_HEADER, delivery.id())
                .header(EVENT_HEADER, delivery.event())
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, at.getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        Integer status = null;
        String error;
        try {
            // the request's own timeout ends with the headers; this one also bounds a body that trickles
            status = answer.get(readTimeout.toMillis() * 2, TimeUnit.MILLISECONDS).statusCode();
            error = status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (TimeoutException e) {
            answer.cancel(true);
            error = "no complete answer within " + readTimeout.multipliedBy(2).toSeconds() + " s";
        } catch (ExecutionException e) {
            error = reason(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            error = "interrupted (Atrium is stopping)";
        }
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        return new DeliveryAttempt(attempt, at, status, tookMs, error == null ? null : WebhookStore.abbreviate(error, 300));
    }

    private String reason(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "could not connect within the connect timeout";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + readTimeout.toSeconds() + " s";
        }
        if (failure instanceof ConnectException) {
            return "could not connect: " + message(failure);
        }
        if (failure instanceof IOException) {
            return "I/O error: " + message(failure);
        }
        return String.valueOf(failure);
    }

    /** The first message along the causes: the HTTP client's ConnectException has none, its cause says "Connection refused". */
    static String message(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }
}
