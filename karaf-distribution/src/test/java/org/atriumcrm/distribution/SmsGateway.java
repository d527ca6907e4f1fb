package org.atriumcrm.distribution;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS provider's HTTP API as the tests need it: takes {@code POST /messages}, keeps each request,
 * answers {@code {"id":"sms-<n>"}}, or a refusal when told to.
 */
final class SmsGateway {

    static final String KEY = "gateway-key-for-tests";

    record Request(String authorization, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusal = new AtomicInteger();

    private SmsGateway(HttpServer server) {
        this.server = server;
    }

    static SmsGateway start() throws IOException {
        SmsGateway gateway = new SmsGateway(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        gateway.server.createContext("/messages", gateway::answer);
        gateway.server.start();
        return gateway;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/messages";
    }

    /** The next request gets this status instead of a message id. */
    void refuseNext(int status) {
        refusal.set(status);
    }

    List<Request> awaitRequests(int count, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (requests.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertTrue("the gateway got " + requests, requests.size() >= count);
        return List.copyOf(requests);
    }

    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        int refused = refusal.getAndSet(0);
        byte[] answer = (refused == 0 ? "{\"id\":\"sms-" + requests.size() + "\"}" : "{\"error\":\"busy\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(refused == 0 ? 200 : refused, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
