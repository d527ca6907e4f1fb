package org.atriumcrm.distribution;

import static org.atriumcrm.distribution.ProbeHttp.get;
import static org.atriumcrm.distribution.ProbeHttp.post;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.atriumcrm.core.api.ActivityType;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.api.TimelineEntry;
import org.atriumcrm.core.event.ClientEvents;
import org.atriumcrm.core.event.OpportunityEvents;
import org.atriumcrm.core.event.TaskEvents;
import org.atriumcrm.core.spi.ActivityTypeProvider;
import org.atriumcrm.core.spi.CrmModule;
import org.atriumcrm.core.spi.MatchKeyProvider;
import org.atriumcrm.core.spi.RestResource;
import org.atriumcrm.core.spi.TimelineSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Inside the running container, this test's probe acts as a module: it registers services for
 * core's extension points and withdraws them, while other clients keep calling the API. What it
 * contributes must appear and disappear, and no request of the others may fail meanwhile. Its
 * calls are the admin's, through {@link ProbeHttp}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExtensionPointsIT {

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
    public void timelineEntriesAndActivityTypesOfAModuleComeAndGo() throws Exception {
        ProbeHttp.awaitCoreApi();
        String client = idOf(post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"Probe Member\"}"));
        TimelineSource visits = (clientId, before, beforeId, limit) -> clientId.equals(client) && before == null
                ? List.of(new TimelineEntry("visit-1", clientId, "probe.visit", Instant.now().plusSeconds(60),
                        "Visited the gym", null, "visit-1", "probe"))
                : List.of();
        ActivityTypeProvider types = () -> List.of(new ActivityType("probe.class-visit", "Class visit", "probe"));
        ServiceRegistration<?> source = context.registerService(TimelineSource.class, visits, null);
        ServiceRegistration<?> provider = context.registerService(ActivityTypeProvider.class, types, null);
        try {
            assertTrue(get("/api/clients/" + client + "/timeline").body().contains("\"kind\":\"probe.visit\""));
            assertTrue(get("/api/activities/types").body().contains("\"probe.class-visit\""));
            assertEquals(201, post("/api/activities", "{\"clientId\":\"" + client + "\",\"type\":\"probe.class-visit\"}").status());
        } finally {
            source.unregister();
            provider.unregister();
        }
        assertTrue(!get("/api/clients/" + client + "/timeline").body().contains("probe.visit"));
        assertEquals("a removed module's type is not accepted any more", 422,
                post("/api/activities", "{\"clientId\":\"" + client + "\",\"type\":\"probe.class-visit\"}").status());
    }

    @Test
    public void aModulesIdentityKeysFindADuplicateThatSharesNothingElse() throws Exception {
        ProbeHttp.awaitCoreApi();
        post("/api/custom-fields", "{\"recordKind\":\"CLIENT\",\"key\":\"passport\",\"label\":\"Passport\",\"type\":\"TEXT\"}");
        MatchKeyProvider passports = new MatchKeyProvider() {
            @Override
            public String keyType() {
                return "PROBE_PASSPORT";
            }

            @Override
            public Set<String> keysOf(ClientDraft client) {
                Object passport = client.customFields().get("passport");
                return passport == null ? Set.of() : Set.of(passport.toString().replaceAll("\\W", "").toUpperCase(Locale.ROOT));
            }
        };
        ServiceRegistration<?> provider = context.registerService(MatchKeyProvider.class, passports, null);
        String stored;
        try {
            stored = idOf(post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"Pavel Sidorov\","
                    + "\"customFields\":{\"passport\":\"40 12 345678\"}}"));
            ProbeHttp.Reply found = post("/api/clients/match", "{\"kind\":\"PERSON\",\"name\":\"Sidorov P.\","
                    + "\"customFields\":{\"passport\":\"4012-345678\"}}");
            assertEquals(found.body(), 200, found.status());
            assertTrue(found.body(), found.body().contains("\"clientId\":\"" + stored + "\""));
            assertTrue(found.body(), found.body().contains("\"SAME_PROBE_PASSPORT\""));
        } finally {
            provider.unregister();
        }
        assertTrue("the module's keys are not looked up once it is gone", !post("/api/clients/match",
                "{\"kind\":\"PERSON\",\"name\":\"Sidorov P.\",\"customFields\":{\"passport\":\"4012-345678\"}}")
                .body().contains("SAME_PROBE_PASSPORT"));
    }

    @Test
    public void changesArePostedAsEventsAfterCommitOnly() throws Exception {
        ProbeHttp.awaitCoreApi();
        BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        Dictionary<String, Object> subscription = new Hashtable<>();
        subscription.put(EventConstants.EVENT_TOPIC, new String[] {ClientEvents.ALL, OpportunityEvents.TOPIC_PREFIX + "*"});
        ServiceRegistration<?> handler = context.registerService(EventHandler.class, received::add, subscription);
        try {
            String client = idOf(post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"Event Person\"}"));
            Event created = received.poll(10, TimeUnit.SECONDS);
            assertEquals(ClientEvents.CREATED, created.getTopic());
            assertEquals(client, created.getProperty(ClientEvents.PROP_CLIENT_ID));

            assertEquals(422, post("/api/clients", "{\"kind\":\"PERSON\",\"name\":\"\"}").status());
            assertEquals(422, post("/api/opportunities", "{\"clientId\":\"" + client
                    + "\",\"title\":\"x\",\"stageId\":\"nonsense\"}").status());
            post("/api/opportunities", "{\"clientId\":\"" + client + "\",\"title\":\"Annual pass\"}");
            List<String> topics = new ArrayList<>();
            for (Event event = received.poll(10, TimeUnit.SECONDS); event != null; event = received.poll(1, TimeUnit.SECONDS)) {
                topics.add(event.getTopic());
            }
            assertEquals("nothing for the refused writes", List.of(OpportunityEvents.STAGE_CHANGED, OpportunityEvents.CREATED), topics);
        } finally {
            handler.unregister();
        }
    }

    @Test
    public void aTaskReminderIsPostedOnceWhenItsTimeComes() throws Exception {
        ProbeHttp.awaitCoreApi();
        BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        Dictionary<String, Object> subscription = new Hashtable<>();
        subscription.put(EventConstants.EVENT_TOPIC, TaskEvents.DUE);
        ServiceRegistration<?> handler = context.registerService(EventHandler.class, received::add, subscription);
        try {
            Instant now = Instant.now();
            String task = idOf(post("/api/tasks", "{\"title\":\"Call Probe back\",\"assigneeId\":\"olga\",\"dueAt\":\""
                    + now.plusSeconds(3600) + "\",\"remindAt\":\"" + now.minusSeconds(1) + "\"}"));
            Event due = received.poll(AtriumOptions.REMINDER_PERIOD_SECONDS + 10, TimeUnit.SECONDS);
            assertTrue("a reminder within a period", due != null);
            assertEquals(task, due.getProperty(TaskEvents.PROP_TASK_ID));
            assertEquals("olga", due.getProperty(TaskEvents.PROP_ASSIGNEE_ID));
            assertEquals("once", null, received.poll(AtriumOptions.REMINDER_PERIOD_SECONDS + 5, TimeUnit.SECONDS));
        } finally {
            handler.unregister();
        }
    }

    private static String idOf(ProbeHttp.Reply reply) {
        assertEquals(reply.body(), 201, reply.status());
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(reply.body());
        assertTrue(id.find());
        return id.group(1);
    }

    @Test
    public void resourcesOfOtherBundlesComeAndGoWithoutFailingRequests() throws Exception {
        ProbeHttp.awaitCoreApi();
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
            assertEquals("echo", get("/api/probe-echo").body());
            assertTrue(get("/api/modules").body().contains("\"id\":\"probe\""));
            assertTrue("the module's path is described", get("/api/openapi.json").body().contains("\"/api/probe-echo\""));

            resource.unregister();
            module.unregister();

            awaitStatus("/api/probe-echo", 404);
            assertEquals("application/problem+json", get("/api/probe-echo").contentType());
            assertEquals("[]", get("/api/modules").body());
            String openApi = get("/api/openapi.json").body();
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
                            (get(path).status() == 200 ? succeeded : failed).incrementAndGet();
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
                last = get(path).status();
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
}
