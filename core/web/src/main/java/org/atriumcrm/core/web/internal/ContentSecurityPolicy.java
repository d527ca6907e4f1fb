package org.atriumcrm.core.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content security policy of every answer: scripts, styles, images, fonts and connections only
 * from Atrium itself, no plugins, never inside a frame. Nothing inline runs but the home page's
 * import map, allowed by its hash (browsers load no import map from a file), so an injected
 * {@code <script>} or {@code style=} does nothing.
 */
final class ContentSecurityPolicy {

    /** An inline {@code <script>}: one without a {@code src}. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b(?![^>]*\\bsrc=)[^>]*>(.*?)</script>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ContentSecurityPolicy() {
    }

    /** The policy for a site whose pages hold the inline scripts of {@code homePage}. */
    static String forHomePage(String homePage) {
        StringBuilder scripts = new StringBuilder("'self'");
        for (String hash : inlineScriptHashes(homePage)) {
            scripts.append(" '").append(hash).append('\'');
        }
        return "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src 'self'; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** {@code sha256-…} of each inline script's text, as a policy names it. */
    static List<String> inlineScriptHashes(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher script = INLINE_SCRIPT.matcher(html);
        while (script.find()) {
            hashes.add("sha256-" + Base64.getEncoder().encodeToString(sha256(script.group(1))));
        }
        return hashes;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
