package org.atriumcrm.core.rest.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.atriumcrm.core.api.security.Authentication;
import org.atriumcrm.core.api.security.Caller;

import org.atriumcrm.core.spi.RestResource;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one servlet behind {@code /api}. It hands every request to a Jersey container built from
 * the JAX-RS services registered with {@code atrium.rest=true}. When those come or go, a new
 * container is built beside the running one and swapped in; the old one is destroyed once the
 * requests it was serving have finished. Reloading a Jersey container in place
 * fails requests in flight, and re-registering the servlet answers 404 meanwhile.
 * <p>
 * Each request runs as the caller its credentials name (see {@link SignedInCaller}); which
 * endpoints need one, and which section, {@link AccessControl} decides.
 */
@Component(service = Servlet.class, immediate = true)
@HttpWhiteboardServletPattern("/api/*")
@HttpWhiteboardServletName("atrium-api")
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    /** Resources of one feature usually arrive together: wait this long for the last of them. */
    private static final long SETTLE_MILLIS = 200;
    /** A replaced container is destroyed once idle, checked this often; slow requests (a module install) keep it. */
    private static final long RETIRE_CHECK_SECONDS = 2;
    /** ... but no longer than this, so that a hung request does not keep a module's classes forever. */
    private static final long RETIRE_LIMIT_SECONDS = 300;

    private final transient ServiceTracker<Object, Object> resources;
    private final transient ScheduledExecutorService scheduler = ContainerThreads.scheduler();
    private final transient ObjectMapper mapper = JsonSupport.mapper();
    private transient ScheduledFuture<?> pendingRebuild;
    private transient volatile ServletConfig servletConfig;
    private transient volatile ServingContainer container;
    private final String version;
    private final transient Authentication authentication;
    private final transient ServerTexts texts;

    @Activate
    public ApiServlet(BundleContext context, @Reference Authentication authentication, @Reference ServerTexts texts)
            throws InvalidSyntaxException {
        this.authentication = authentication;
        this.texts = texts;
        version = context.getBundle().getVersion().toString();
        resources = new ServiceTracker<>(context, context.createFilter(RestResource.FILTER), new Changes(context));
        resources.open(true);
    }

    @Deactivate
    void deactivate() {
        resources.close();
        scheduler.shutdownNow();
        ServingContainer last = container;
        container = null;
        if (last != null) {
            last.destroy();
        }
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        servletConfig = config;
        rebuild();
    }

    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        ServingContainer current = container;
        if (current == null) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            http.setContentType(Problem.MEDIA_TYPE);
            http.setHeader("Retry-After", "1");
            mapper.writeValue(http.getOutputStream(), Problem.of(javax.ws.rs.core.Response.Status.SERVICE_UNAVAILABLE,
                    "Atrium is starting; try again in a moment"));
            return;
        }
        HttpServletRequest http = (HttpServletRequest) request;
        SignedInCaller signedIn = SignedInCaller.of(http, authentication).orElse(null);
        if (signedIn == null) {
            current.service(request, response);
            return;
        }
        http.setAttribute(SignedInCaller.ATTRIBUTE, signedIn);
        try (Caller.Binding binding = Caller.bind(signedIn.caller())) {
            current.service(request, response);
        }
    }

    private synchronized void scheduleRebuild() {
        if (pendingRebuild != null) {
            pendingRebuild.cancel(false);
        }
        if (!scheduler.isShutdown()) {
            pendingRebuild = scheduler.schedule(this::rebuild, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Builds a container from the resources tracked now and swaps it in. */
    private synchronized void rebuild() {
        ServletConfig config = servletConfig;
        if (config == null) {
            return; // not yet initialised by the HTTP service; init() builds the first one
        }
        Collection<Object> current = resources.getTracked().values();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jersey looks up its own services through the context class loader
        thread.setContextClassLoader(ApiServlet.class.getClassLoader());
        try {
            ServletContainer next = new ServletContainer(ApiApplication.configuration(current, mapper, version, texts));
            next.init(config);
            ServingContainer old = container;
            container = new ServingContainer(next);
            if (old != null) {
                retire(old, 0);
            }
            LOG.info("REST API serving {} resources", current.size());
        } catch (ServletException | RuntimeException | LinkageError e) {
            LOG.error("Could not build the REST API with {} resources; keeping the previous one", current.size(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Destroys a replaced container once the requests it was serving are done. */
    private void retire(ServingContainer old, long waitedSeconds) {
        if (scheduler.isShutdown()) {
            old.destroy();
            return;
        }
        scheduler.schedule(() -> {
            if (old.idle() || waitedSeconds >= RETIRE_LIMIT_SECONDS) {
                old.destroy();
            } else {
                retire(old, waitedSeconds + RETIRE_CHECK_SECONDS);
            }
        }, RETIRE_CHECK_SECONDS, TimeUnit.SECONDS);
    }

    /** Rebuilds whenever a resource service appears, changes or goes. */
    private final class Changes implements ServiceTrackerCustomizer<Object, Object> {

        private final BundleContext context;

        Changes(BundleContext context) {
            this.context = context;
        }

        @Override
        public Object addingService(ServiceReference<Object> reference) {
            Object resource = context.getService(reference);
            scheduleRebuild();
            return resource;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, Object resource) {
            scheduleRebuild();
        }

        @Override
        public void removedService(ServiceReference<Object> reference, Object resource) {
            scheduleRebuild();
            context.ungetService(reference);
        }
    }
}
