package org.atriumcrm.core.automation.internal.rest;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.atriumcrm.core.api.ContentTooLargeException;
import org.atriumcrm.core.api.FieldError;
import org.atriumcrm.core.api.RecordNotFoundException;
import org.atriumcrm.core.api.ValidationException;
import org.atriumcrm.core.api.security.AccessDeniedException;
import org.atriumcrm.core.automation.internal.AutomationConfiguration;
import org.atriumcrm.core.automation.internal.forms.ClientAddress;
import org.atriumcrm.core.automation.internal.forms.FormStore;
import org.atriumcrm.core.automation.internal.forms.Lead;
import org.atriumcrm.core.automation.internal.forms.SubmissionBody;
import org.atriumcrm.core.automation.internal.forms.SubmissionValidator;
import org.atriumcrm.core.automation.internal.forms.TokenBuckets;
import org.atriumcrm.core.automation.internal.forms.WebForm;
import org.atriumcrm.core.automation.internal.forms.WebLeads;
import org.atriumcrm.core.spi.PublicEndpoint;
import org.atriumcrm.core.spi.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/public/forms/{id}}: where pages post their web forms, without login. In this order: the
 * sender's address is held to its rate (429), the form must exist and be enabled (404), a browser's
 * origin must be on the form's list (403; only listed origins get {@code Access-Control-Allow-Origin}),
 * the form is held to its rate (429), the body to its size (413), its values are checked (422 naming
 * the input); a filled honeypot is answered like a success and creates nothing.
 */
@Component(service = PublicFormResource.class, property = RestResource.ENABLED, configurationPid = AutomationConfiguration.PID)
@PublicEndpoint
@Path(PublicFormResource.PATH)
public class PublicFormResource {

    static final String PATH = "public/forms";
    private static final Logger LOG = LoggerFactory.getLogger(PublicFormResource.class);
    private static final String PROBLEM = "application/problem+json";
    private static final String ORIGIN = "Origin";

    private final FormStore forms;
    private final WebLeads leads;
    private final TokenBuckets perAddress;
    private final TokenBuckets perForm;
    private final ClientAddress addresses;
    private final int maxBytes;

    @Activate
    public PublicFormResource(@Reference FormStore forms, @Reference WebLeads leads, AutomationConfiguration configuration) {
        this.forms = forms;
        this.leads = leads;
        this.perAddress = new TokenBuckets(Clock.systemUTC(), configuration.form_rate_per_address_per_minute());
        this.perForm = new TokenBuckets(Clock.systemUTC(), configuration.form_rate_per_form_per_minute());
        this.addresses = new ClientAddress(configuration.form_trusted_proxies());
        this.maxBytes = Math.max(1024, configuration.form_max_body_bytes());
    }

    /** The browser's preflight: an allowed origin learns it may post; any other learns nothing. */
    @OPTIONS
    @Path("{id}")
    public Response preflight(@PathParam("id") String id, @HeaderParam(ORIGIN) String origin) {
        WebForm form = enabled(id);
        Response.ResponseBuilder answer = Response.noContent().header(HttpHeaders.VARY, ORIGIN);
        if (form.allows(origin)) {
            answer.header("Access-Control-Allow-Origin", origin).header("Access-Control-Allow-Methods", "POST")
                    .header("Access-Control-Allow-Headers", "Content-Type, Accept").header("Access-Control-Max-Age", "600");
        }
        return answer.build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public Response submit(@PathParam("id") String id, @HeaderParam(ORIGIN) String origin,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @Context HttpServletRequest http, InputStream body) {
        String address = addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
        long wait = perAddress.secondsToWait(address);
        if (wait > 0) {
            return tooMany(wait, "Too many submissions from your address; try again in " + wait + " s", null);
        }
        WebForm form = enabled(id);
        if (origin != null && !form.allows(origin)) {
            throw new AccessDeniedException("This form does not take submissions from " + origin);
        }
        String allowed = origin;
        wait = perForm.secondsToWait(form.id());
        if (wait > 0) {
            return tooMany(wait, "This form is taking too many submissions; try again in " + wait + " s", allowed);
        }
        if (!SubmissionBody.readable(contentType)) {
            return cors(problem(415, "urn:atrium:problem:unsupported-media-type", "Unsupported media type",
                    "Send the form as " + SubmissionBody.FORM + " or " + SubmissionBody.JSON, List.of()), allowed);
        }
        try {
            if (http.getContentLengthLong() > maxBytes) {
                throw new ContentTooLargeException(maxBytes);
            }
            Map<String, String> values = SubmissionBody.read(body, contentType, maxBytes);
            if (SubmissionValidator.robot(values)) {
                LOG.info("Web form {}: a submission from {} filled the honeypot; nothing created", form.id(), address);
                return accepted(form, accept, allowed);
            }
            Lead lead = SubmissionValidator.check(form, values);
            leads.accept(form, lead, address);
            return accepted(form, accept, allowed);
        } catch (ValidationException invalid) {
            return cors(problem(422, "urn:atrium:problem:invalid-value", "Invalid value", invalid.getMessage(), invalid.errors()),
                    allowed);
        } catch (ContentTooLargeException tooLarge) {
            return cors(problem(413, "urn:atrium:problem:too-large", "Content too large",
                    "A form submission may hold at most " + maxBytes + " bytes", List.of()), allowed);
        }
    }

    private WebForm enabled(String id) {
        return forms.get(id).filter(WebForm::enabled).orElseThrow(() -> new RecordNotFoundException("form", id));
    }

    /** JSON for the snippet's script and other programs; a page for a browser that posted the form without a script. */
    private static Response accepted(WebForm form, String accept, String origin) {
        boolean page = accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.contains(MediaType.APPLICATION_JSON);
        if (page) {
            String text = form.thankYouText().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return cors(Response.ok("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Thank you</title></head><body><p>"
                    + text + "</p></body></html>", MediaType.TEXT_HTML + ";charset=utf-8"), origin);
        }
        return cors(Response.ok(Map.of("status", "accepted", "message", form.thankYouText()), MediaType.APPLICATION_JSON), origin);
    }

    private static Response tooMany(long seconds, String detail, String origin) {
        return cors(problem(429, "urn:atrium:problem:too-many-requests", "Too many requests", detail, List.of())
                .header(HttpHeaders.RETRY_AFTER, seconds), origin);
    }

    /** The same problem+json as core's answers, built here because this resource adds headers to it. */
    private static Response.ResponseBuilder problem(int status, String type, String title, String detail, List<FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("errors", errors);
        return Response.status(status).type(PROBLEM).entity(problem);
    }

    /** Only an allowed origin (checked before) is named; the answer depends on the origin, so caches must know. */
    private static Response cors(Response.ResponseBuilder answer, String allowedOrigin) {
        answer.header(HttpHeaders.VARY, ORIGIN);
        if (allowedOrigin != null) {
            answer.header("Access-Control-Allow-Origin", allowedOrigin);
        }
        return answer.build();
    }
}
