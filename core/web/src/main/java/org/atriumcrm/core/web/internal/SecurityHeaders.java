package org.atriumcrm.core.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterDispatcher;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Puts the browser security headers on every answer of the web context: the UI, its files, the
 * API and error pages. Set before the answer is written, so a servlet may still replace one (an
 * attachment's download sets a stricter policy). HSTS only over HTTPS: over plain HTTP a browser
 * ignores it, and an installation without a certificate must stay reachable.
 */
@Component(service = Filter.class, immediate = true)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterName("atrium-security-headers")
@HttpWhiteboardFilterDispatcher({DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders implements Filter {

    /** A year: a browser that once saw Atrium over HTTPS never falls back to plain HTTP meanwhile. */
    static final String HSTS = "max-age=31536000";

    private final String policy;

    @Activate
    public SecurityHeaders(BundleContext context) {
        this.policy = ContentSecurityPolicy.forHomePage(read(context.getBundle().getEntry("/web/index.html")));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", policy);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            http.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    private static String read(URL entry) {
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the home page " + entry, e);
        }
    }
}
