package org.atriumcrm.core.rest.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.glassfish.jersey.servlet.ServletContainer;

/** A Jersey container that knows how many requests it is serving, so it is destroyed only when idle. */
final class ServingContainer {

    private final ServletContainer container;
    private final AtomicInteger inFlight = new AtomicInteger();

    ServingContainer(ServletContainer container) {
        this.container = container;
    }

    void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        inFlight.incrementAndGet();
        try {
            container.service(request, response);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    boolean idle() {
        return inFlight.get() == 0;
    }

    void destroy() {
        container.destroy();
    }
}
