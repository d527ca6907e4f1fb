package org.atriumcrm.core.quality.internal;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses as typed ("MAILTO: Ivan.Petrov@Alfa.RU ", "Иван &lt;ivan@alfa.ru&gt;") to a clean
 * form ({@code ivan.petrov@alfa.ru}) and a canonical key form in which provider aliases fold
 * together: Gmail ignores dots and "+tags", Yandex has one mailbox under all its domains.
 */
final class EmailNormalizer {

    private static final Pattern MAILTO = Pattern.compile("^(?i)mailto:");
    private static final Pattern ANGLE = Pattern.compile("<([^<>]*@[^<>]*)>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");
    private static final String TRIM = "\"'«»“”<>()[],;:.";

    private EmailNormalizer() {
    }

    /** The address lower-cased without decoration, or empty when it is not an address. */
    static Optional<String> clean(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        Matcher angle = ANGLE.matcher(text);
        if (angle.find()) {
            text = angle.group(1);
        }
        text = MAILTO.matcher(text.strip()).replaceFirst("");
        int query = text.indexOf('?');
        if (query >= 0) {
            text = text.substring(0, query);
        }
        text = trim(WHITESPACE.matcher(text).replaceAll(""));
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1 || text.indexOf('@') != at) {
            return Optional.empty();
        }
        String local = text.substring(0, at).toLowerCase(Locale.ROOT);
        Optional<String> domain = asciiDomain(text.substring(at + 1));
        if (domain.isEmpty() || !LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(local + "@" + domain.get());
    }

    /** The key form: the clean address with the provider's aliases folded, or empty when not an address. */
    static Optional<String> canonical(String typed) {
        return clean(typed).map(EmailNormalizer::foldProvider);
    }

    /** The domain of a clean address. */
    static String domainOf(String cleanAddress) {
        return cleanAddress.substring(cleanAddress.lastIndexOf('@') + 1);
    }

    /** A host name in lower-case ASCII (IDN to punycode), or empty when it is not one. */
    static Optional<String> asciiDomain(String host) {
        String text = host.strip().toLowerCase(Locale.ROOT);
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            text = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return HOST.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    private static String foldProvider(String address) {
        int at = address.lastIndexOf('@');
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        switch (domain) {
            case "gmail.com", "googlemail.com" -> {
                int plus = local.indexOf('+');
                String box = (plus > 0 ? local.substring(0, plus) : local).replace(".", "");
                return box + "@gmail.com";
            }
            case "yandex.ru", "ya.ru", "yandex.com", "yandex.by", "yandex.kz", "yandex.ua", "narod.ru" -> {
                int plus = local.indexOf('+');
                String box = (plus > 0 ? local.substring(0, plus) : local).replace('.', '-');
                return box + "@yandex.ru";
            }
            default -> {
                return address;
            }
        }
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}
