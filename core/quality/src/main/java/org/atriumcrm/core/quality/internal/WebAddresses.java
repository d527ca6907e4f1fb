package org.atriumcrm.core.quality.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A website as typed, a URL or a bare domain, in the one form core stores: an http or https URL
 * (https when none was typed) with the host in lower case, the path kept as typed and a lone
 * trailing slash dropped; "WWW.Alfa-Stroy.ru/" is {@code https://www.alfa-stroy.ru}.
 */
final class WebAddresses {

    /** Longest website kept. */
    static final int MAX_LENGTH = 500;
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*)://");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");
    /** The last label of a host name: letters, or an internationalised one in punycode. */
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private WebAddresses() {
    }

    /** The stored form, or empty when the text is no web address (an e-mail, words, an IP address, another scheme). */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String scheme = "https";
        Matcher typedScheme = SCHEME.matcher(text);
        if (typedScheme.find()) {
            scheme = typedScheme.group(1).toLowerCase(Locale.ROOT);
            text = text.substring(typedScheme.end());
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        int end = firstOf(text, "/?#");
        String host = text.substring(0, end);
        String rest = text.substring(end);
        if (host.indexOf('@') >= 0) {
            return Optional.empty(); // an e-mail address, or credentials nobody should store
        }
        String port = "";
        int colon = host.indexOf(':');
        if (colon >= 0) {
            if (!PORT.matcher(host.substring(colon + 1)).matches()) {
                return Optional.empty();
            }
            port = host.substring(colon);
            host = host.substring(0, colon);
        }
        Optional<String> ascii = EmailNormalizer.asciiDomain(host);
        if (ascii.isEmpty() || !TOP_LEVEL.matcher(ascii.get().substring(ascii.get().lastIndexOf('.') + 1)).matches()) {
            return Optional.empty();
        }
        String shown = host.strip().toLowerCase(Locale.ROOT).replaceAll("\\.+$", "");
        return Optional.of(scheme + "://" + shown + port + ("/".equals(rest) ? "" : rest));
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
