package org.atriumcrm.core.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What is wrong with a typed e-mail address and how it was probably meant: "ivan(at)alfa.ru",
 * "ivan@alfa,ru", "ivan@gmial.com", "ivan@gmail".
 */
final class EmailChecks {

    record Problem(String message, String suggestion) {
    }

    private static final Pattern AT_WORDS = Pattern.compile("(?iu)\\s*(\\(at\\)|\\[at]|\\{at}|\\s+at\\s+|\\(собака\\)|\\s+собака\\s+|@+)\\s*");
    private static final Pattern DOT_WORDS = Pattern.compile("(?iu)\\s*(\\(dot\\)|\\[dot]|\\s+dot\\s+|\\(точка\\))\\s*");

    private final WebDomains domains;

    EmailChecks(WebDomains domains) {
        this.domains = domains;
    }

    /** Empty for a good address. */
    Optional<Problem> problem(String typed) {
        Optional<String> clean = EmailNormalizer.clean(typed);
        if (clean.isEmpty()) {
            return Optional.of(new Problem("is not a valid e-mail address", repair(typed).orElse(null)));
        }
        return misspeltProvider(clean.get())
                .map(fixed -> new Problem("has a misspelt mail provider", fixed));
    }

    private Optional<String> repair(String typed) {
        String text = AT_WORDS.matcher(typed.strip()).replaceAll("@");
        text = DOT_WORDS.matcher(text).replaceAll(".");
        int at = text.lastIndexOf('@');
        if (at > 0) {
            String domain = text.substring(at + 1).replace(',', '.').replaceAll("\\.{2,}", ".").replaceAll("\\s+", "");
            text = text.substring(0, at).replaceAll("\\s+", "") + "@" + domain;
            if (!domain.contains(".")) {
                Optional<String> completed = onlyProviderStartingWith(domain.toLowerCase() + ".");
                if (completed.isPresent()) {
                    text = text.substring(0, at) + "@" + completed.get();
                }
            }
        }
        Optional<String> repaired = EmailNormalizer.clean(text);
        return repaired.map(address -> misspeltProvider(address).orElse(address));
    }

    /** The address at the public provider whose name is fewest typos away from its domain; of equals, the most used. */
    private Optional<String> misspeltProvider(String address) {
        String domain = EmailNormalizer.domainOf(address);
        if (domain.length() < 6 || domains.isPublicMailDomain(domain) || domains.isPublicMailDomain(domains.registrable(domain))) {
            return Optional.empty();
        }
        int allowed = domain.length() >= 10 ? 2 : 1;
        List<String> near = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (String provider : domains.publicMailDomains()) {
            int distance = EditDistance.between(domain, provider);
            if (distance <= allowed && distance < best) {
                near.clear();
                best = distance;
            }
            if (distance <= allowed && distance == best) {
                near.add(provider);
            }
        }
        return near.isEmpty() ? Optional.empty() : Optional.of(address.substring(0, address.lastIndexOf('@') + 1) + near.get(0));
    }

    private Optional<String> onlyProviderStartingWith(String prefix) {
        List<String> matches = domains.publicMailDomains().stream().filter(provider -> provider.startsWith(prefix)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
