package org.atriumcrm.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.spi.CrmModule;
import org.atriumcrm.core.spi.RestResource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Inside the running container: a bundle (this test's probe) registers a JAX-RS resource and a
 * module as services, and withdraws them, while other clients keep calling the API. Its endpoint
 * must appear and disappear, and no request of the others may fail meanwhile.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestWhiteboardIT {

    private static final long APPEAR_TIMEOUT_MILLIS = 10_000;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return AtriumOptions.karaf(AtriumOptions.freePort(), AtriumOptions.newDatabaseFolder("whiteboard"));
    }

    /** A resource as a module would publish it. */
    @Path("probe-echo")
    public static class EchoResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String echo() {
            return "echo";
        }
    }

    /** A module as a vendor would declare it. */
    public static class ProbeModule implements CrmModule {
        @Override
        public String id() {
            return "probe";
        }

        @Override
        public String name() {
            return "Probe module";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String description() {
            return "Registered by an integration test";
        }
    }

    @Test
    public void resourcesOfOtherBundlesComeAndGoWithoutFailingRequests() throws Exception {
        awaitStatus("/api/clients?limit=1", 200);
        Load load = new Load("/api/clients?limit=5");
        load.start(2);
        try {
            Dictionary<String, Object> restProperties = new Hashtable<>();
            restProperties.put(RestResource.PROPERTY, true);
            ServiceRegistration<?> resource = context.registerService(EchoResource.class, new EchoResource(), restProperties);
            Dictionary<String, Object> moduleProperties = new Hashtable<>();
            moduleProperties.put(CrmModule.PROP_ID, "probe");
            ServiceRegistration<?> module = context.registerService(CrmModule.class, new ProbeModule(), moduleProperties);

            awaitStatus("/api/probe-echo", 200);
            assertEquals("echo", get("/api/probe-echo").body);
            assertTrue(get("/api/modules").body.contains("\"id\":\"probe\""));
            assertTrue("the module's path is described", get("/api/openapi.json").body.contains("\"/api/probe-echo\""));

            resource.unregister();
            module.unregister();

            awaitStatus("/api/probe-echo", 404);
            assertEquals("application/problem+json", get("/api/probe-echo").contentType);
            assertEquals("[]", get("/api/modules").body);
            String openApi = get("/api/openapi.json").body;
            assertTrue(openApi.contains("\"/api/clients\"") && !openApi.contains("\"/api/probe-echo\""));
            Thread.sleep(500);
        } finally {
            load.stop();
        }
        assertTrue("requests were made during the changes: " + load.succeeded, load.succeeded.get() > 20);
        assertEquals("failed requests while resources came and went", 0, load.failed.get());
    }

    /** Clients calling the API in a loop, counting what did not answer 200. */
    private final class Load {
        private final String path;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger succeeded = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private Thread[] threads;

        Load(String path) {
            this.path = path;
        }

        void start(int clients) {
            threads = new Thread[clients];
            for (int i = 0; i < clients; i++) {
                threads[i] = new Thread(() -> {
                    while (running.get()) {
                        try {
                            (get(path).status == 200 ? succeeded : failed).incrementAndGet();
                        } catch (IOException e) {
                            failed.incrementAndGet();
                        }
                    }
                }, "load-" + i);
                threads[i].start();
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(10_000);
            }
        }
    }

    private void awaitStatus(String path, int status) throws Exception {
        long deadline = System.currentTimeMillis() + APPEAR_TIMEOUT_MILLIS;
        int last = -1;
        while (System.currentTimeMillis() < deadline) {
            try {
                last = get(path).status;
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + ", for " + APPEAR_TIMEOUT_MILLIS + " ms");
    }

    private record Reply(int status, String contentType, String body) {
    }

    private static Reply get(String path) throws IOException {
        URL url = new URL("http://localhost:" + System.getProperty(AtriumOptions.HTTP_PORT_PROPERTY) + path);
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        try {
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Reply(status, connection.getContentType(), body);
        } finally {
            connection.disconnect();
        }
    }
}
