package org.atriumcrm.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * What a browser is told about every answer, over plain HTTP: the content security policy and the
 * other security headers on the UI, its files, the API and error pages; error pages that say
 * nothing of the server behind them; and attachments that a browser never renders as a page.
 */
public class WebSecurityIT {

    private static final String PROBLEM = "application/problem+json";
    /** What a page of the server's own must never show: the servlet container, our servlets' names. */
    private static final List<String> INTERNALS = List.of("jetty", "powered by", "servlet", "atrium-home", "atrium-api",
            "org.eclipse", "org.ops4j", "java.");
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>";

    private static RunningAtrium atrium;
    private static Api admin;
    private static Api anonymous;
    private static final HttpClient BROWSER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeClass
    public static void useTheSharedAtrium() throws Exception {
        atrium = RunningAtrium.shared();
        admin = atrium.api();
        anonymous = atrium.anonymous();
    }

    @Test
    public void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/ui/index.html", "/ui/app.js", "/ui/style.css", "/ui/vendor/lit/index.js", "/nope",
                "/ui/nope.js", "/api/health", "/api/nope")) {
            assertSecurityHeaders(path, page(path));
        }
        assertSecurityHeaders("/api/clients", admin.get("/api/clients"));
        assertSecurityHeaders("anonymous /api/clients", anonymous.get("/api/clients"));
    }

    @Test
    public void unknownApiPathsAndMethodsAnswerProblems() throws Exception {
        HttpResponse<String> unknown = anonymous.get("/api/nope");
        assertProblem(404, unknown);
        assertProblem(404, admin.get("/api/nope/deeper"));
        assertProblem(405, admin.call("DELETE", "/api/health", null, null));
        assertProblem(405, admin.call("PATCH", "/api/clients", "application/json", "{}".getBytes(UTF_8)));
    }

    @Test
    public void pagesNoOneServesAnswerAPlainPageThatSaysNothingOfTheServer() throws Exception {
        for (String path : List.of("/nope", "/ui/nope.js", "/ui/modules/nope/nope.js", "/favicon.ico")) {
            HttpResponse<String> missing = page(path);
            assertEquals(path, 404, missing.statusCode());
            assertPlainPage(path, missing);
        }
        // Jetty writes no error body for methods other than GET, POST and HEAD: nothing to tell there either
        HttpResponse<String> notAllowed = BROWSER.send(request("/nope").DELETE().build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        assertEquals(405, notAllowed.statusCode());
        assertNoInternals("DELETE /nope", notAllowed);
        assertSecurityHeaders("DELETE /nope", notAllowed);
    }

    @Test
    public void anSvgAttachmentIsDownloadedInASandboxNeverShownAsAPage() throws Exception {
        String client = Api.json(admin.post("/api/clients", "{\"kind\":\"ORGANIZATION\",\"name\":\"Vector Studio\"}"))
                .get("id").asText();
        String activity = Api.json(admin.post("/api/activities", "{\"clientId\":\"" + client
                + "\",\"type\":\"note\",\"subject\":\"Logo draft\"}")).get("id").asText();
        HttpResponse<String> uploaded = admin.postBytes("/api/activities/" + activity + "/attachments?name=logo.svg",
                "image/svg+xml", SVG.getBytes(UTF_8));
        assertEquals(uploaded.body(), 201, uploaded.statusCode());

        HttpResponse<byte[]> svg = admin.getBytes(URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath());
        assertEquals(200, svg.statusCode());
        assertTrue(svg.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", svg.headers().firstValue("X-Content-Type-Options").orElse(""));
        List<String> policies = svg.headers().allValues("Content-Security-Policy");
        assertEquals(policies.toString(), 1, policies.size());
        assertTrue(policies.get(0), policies.get(0).matches("(^|.*; *)sandbox *(;.*|$)"));
        assertTrue(policies.get(0), policies.get(0).contains("default-src 'none'"));
        assertEquals(SVG, new String(svg.body(), UTF_8));
    }

    /** A GET as a browser sends it. */
    private static HttpResponse<String> page(String path) throws Exception {
        return BROWSER.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(atrium.homePage() + path.substring(1))).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    private static void assertSecurityHeaders(String what, HttpResponse<?> answer) {
        String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(what + ": " + answer.headers(), policy.contains("default-src 'self'"));
        assertTrue(what + ": " + policy, policy.contains("frame-ancestors 'none'"));
        assertFalse(what + ": " + policy, policy.contains("unsafe-inline"));
        assertFalse(what + ": " + policy, policy.contains("unsafe-eval"));
        assertEquals(what, 1, answer.headers().allValues("Content-Security-Policy").size());
        assertEquals(what, "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(what, "same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""));
        assertFalse(what + ": HSTS over plain HTTP", answer.headers().firstValue("Strict-Transport-Security").isPresent());
        assertFalse(what + ": " + answer.headers(),
                answer.headers().firstValue("Server").orElse("").toLowerCase(Locale.ROOT).contains("jetty"));
    }

    private static void assertPlainPage(String what, HttpResponse<String> answer) {
        assertTrue(what + ": " + answer.headers(), answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertNoInternals(what, answer);
        assertTrue(what + ": " + answer.body(), answer.body().contains(Integer.toString(answer.statusCode())));
        assertSecurityHeaders(what, answer);
    }

    private static void assertNoInternals(String what, HttpResponse<String> answer) {
        String body = answer.body().toLowerCase(Locale.ROOT);
        for (String internal : INTERNALS) {
            assertFalse(what + " shows " + internal + ": " + answer.body(), body.contains(internal));
        }
    }

    private static void assertProblem(int status, HttpResponse<String> answer) throws Exception {
        assertEquals(answer.body(), status, answer.statusCode());
        assertTrue(answer.headers().toString(), answer.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
        assertEquals(status, Api.json(answer).get("status").asInt());
        assertSecurityHeaders(answer.uri().getPath(), answer);
    }
}
