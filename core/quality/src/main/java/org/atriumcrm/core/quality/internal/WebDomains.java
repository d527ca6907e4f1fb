package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The web domain that identifies a client's company: from its website
 * ("https://www.Alfa-Stroy.spb.ru/contacts" gives {@code alfa-stroy.spb.ru}) and from company
 * e-mail addresses ({@code ivan@sales.alfa.ru} gives {@code alfa.ru}), but never from a public
 * mail provider (gmail, yandex, mail.ru, telefonica.net …). A page on a shared host gives its
 * own key: {@code vk.com/alfa_spb}, {@code alfa.tilda.ws}.
 */
final class WebDomains {

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern PROFILE_SEGMENT = Pattern.compile("[a-z0-9._-]{2,100}");
    /** Path segments that stand before the profile's own name: linkedin.com/company/alfa, sites.google.com/view/alfa. */
    private static final Set<String> PROFILE_PREFIXES = Set.of("view", "site", "sites", "company", "in", "channel", "c", "user",
            "groups", "group", "pages", "pg", "people", "profile", "u", "s", "maps", "place", "firm");
    private static final Set<String> DROPPED_SUBDOMAINS = Set.of("www", "www1", "www2", "www3", "m", "mobile", "en", "es", "ru");

    private final Set<String> publicMailDomains;
    /** The same, the most used first, as the list file orders them. */
    private final List<String> publicMailDomainsByUse;
    private final Set<String> publicSuffixes;
    private final Map<String, Boolean> sharedHosts;

    /** @param extraPublicMailDomains providers to ignore besides the built-in list */
    WebDomains(Set<String> extraPublicMailDomains) {
        List<String> mail = new ArrayList<>(ResourceLines.read("/quality/public-mail-domains.txt"));
        extraPublicMailDomains.stream().sorted().filter(domain -> !mail.contains(domain)).forEach(mail::add);
        this.publicMailDomainsByUse = List.copyOf(mail);
        this.publicMailDomains = Set.copyOf(mail);
        this.publicSuffixes = Set.copyOf(ResourceLines.read("/quality/public-suffixes.txt"));
        Map<String, Boolean> shared = new HashMap<>();
        for (String line : ResourceLines.read("/quality/shared-web-hosts.txt")) {
            String[] parts = line.split("\\s+");
            shared.put(parts[1], "profile".equals(parts[0]));
        }
        this.sharedHosts = Map.copyOf(shared);
    }

    boolean isPublicMailDomain(String domain) {
        return publicMailDomains.contains(domain.toLowerCase(Locale.ROOT));
    }

    /** Every known public mail domain, the most used first, for spelling suggestions. */
    List<String> publicMailDomains() {
        return publicMailDomainsByUse;
    }

    /** The client's domain from a website address, or empty when there is none to tell. */
    Optional<String> fromWebsite(String website) {
        if (website == null || website.isBlank()) {
            return Optional.empty();
        }
        String text = website.strip().toLowerCase(Locale.ROOT);
        text = SCHEME.matcher(text).replaceFirst("");
        int end = firstOf(text, "/?#");
        String host = text.substring(0, end);
        String path = text.substring(end);
        int user = host.lastIndexOf('@');
        if (user >= 0) {
            host = host.substring(user + 1);
        }
        int port = host.indexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        Optional<String> ascii = EmailNormalizer.asciiDomain(host);
        if (ascii.isEmpty()) {
            return Optional.empty();
        }
        return sharedOrOwn(stripSubdomains(ascii.get()), path);
    }

    /** The company domain of a clean e-mail address, or empty for a public provider. */
    Optional<String> fromEmail(String cleanAddress) {
        String domain = EmailNormalizer.domainOf(cleanAddress);
        if (publicMailDomains.contains(domain)) {
            return Optional.empty();
        }
        String registrable = registrable(domain);
        if (publicMailDomains.contains(registrable) || sharedHosts.containsKey(registrable)) {
            return Optional.empty();
        }
        return Optional.of(registrable);
    }

    /** One label more than the longest public suffix: {@code shop.alfa.ru} → {@code alfa.ru}, {@code alfa.spb.ru} stays. */
    String registrable(String host) {
        List<String> labels = List.of(host.split("\\."));
        if (labels.size() <= 2) {
            return host;
        }
        String lastTwo = labels.get(labels.size() - 2) + "." + labels.get(labels.size() - 1);
        int keep = publicSuffixes.contains(lastTwo) ? 3 : 2;
        return String.join(".", labels.subList(Math.max(0, labels.size() - keep), labels.size()));
    }

    private Optional<String> sharedOrOwn(String host, String path) {
        // the longest shared host the host is or is under: sites.google.com before google.com
        for (String suffix = host; suffix != null; suffix = parent(suffix)) {
            Boolean profile = sharedHosts.get(suffix);
            if (profile != null) {
                if (profile) {
                    return profileKey(suffix, path);
                }
                return host.equals(suffix) ? Optional.empty() : Optional.of(host);
            }
        }
        if (publicMailDomains.contains(host)) {
            return Optional.empty();
        }
        return Optional.of(registrable(host));
    }

    private static String parent(String host) {
        int dot = host.indexOf('.');
        return dot > 0 && host.indexOf('.', dot + 1) > 0 ? host.substring(dot + 1) : null;
    }

    private static Optional<String> profileKey(String host, String path) {
        for (String segment : path.split("[/?#]")) {
            String name = segment.startsWith("@") ? segment.substring(1) : segment;
            if (!name.isEmpty() && !PROFILE_PREFIXES.contains(name)) {
                return PROFILE_SEGMENT.matcher(name).matches() ? Optional.of(host + "/" + name) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String stripSubdomains(String host) {
        String result = host;
        int dot = result.indexOf('.');
        while (dot > 0 && DROPPED_SUBDOMAINS.contains(result.substring(0, dot)) && result.indexOf('.', dot + 1) > 0) {
            result = result.substring(dot + 1);
            dot = result.indexOf('.');
        }
        return result;
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
