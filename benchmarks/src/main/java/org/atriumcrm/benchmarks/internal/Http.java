package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * HTTP/1.1 with keep-alive to one Atrium; one instance is shared by every load thread. Once
 * {@link #authorize authorized}, every call carries the API token, as an integration's would.
 */
final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private volatile String apiToken;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** From now on, calls send {@code Authorization: Bearer <token>}. */
    void authorize(String token) {
        this.apiToken = token;
    }

    boolean authorized() {
        return apiToken != null;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path, Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with a JSON body (or none), and any {@code headers} given as name, value, name, value … */
    HttpResponse<String> send(String method, String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = request(path, Duration.ofSeconds(120)).header("Content-Type", "application/json");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a GET; -1 when there was no answer. Never throws. */
    int status(String path) {
        return status("GET", path, null);
    }

    /** The status of a request; -1 when there was no answer. Never throws. */
    int status(String method, String path, String json) {
        try {
            return send(method, path, json).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        String token = apiToken;
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
