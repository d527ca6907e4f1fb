package org.atriumcrm.benchmarks.internal;

import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The drafts sent to {@code POST /api/clients/match} against a base of generated clients, each made
 * from client number n of the base, the same on every run.
 */
final class MatchDrafts {

    /** What a draft is to the base, and what the answer should say about client n. */
    enum Kind {
        /** Client n typed again: legal form moved or words swapped, the phone typed another way, the e-mail in capitals. */
        RETYPED("a client typed again"),
        /** Another firm of the same name with its own tax id and phone; a relative of a person at the same home phone. */
        NEAR_MISS("a near-miss"),
        /** A made-up name, with a phone, e-mail and tax id that no client has. */
        NEW("a client like no one");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /**
     * Client numbers from here on are never in the base (of fewer clients). A multiple of 10, so that
     * number + k × OUTSIDE is a client of the same language as number, but not of 500, so that a
     * Spanish firm's e-mail domain (empresa + number mod 500) may differ.
     */
    private static final int OUTSIDE = 100_000_010;
    private static final int OUTSIDERS = 20;
    private static final String[] RU_SYLLABLES = {"зар", "мок", "тиф", "лун", "вер", "гал", "роб", "юн", "ще", "пир", "сол", "дэк"};
    private static final String[] LATIN_SYLLABLES = {"zar", "mok", "tif", "lun", "ver", "gal", "rob", "yun", "qui", "pir", "sol", "dex"};

    private MatchDrafts() {
    }

    static ObjectNode draft(Kind kind, int number) {
        SyntheticClient client = SyntheticClients.client(number);
        return switch (kind) {
            case RETYPED -> new SyntheticClient(number, client.organisation(), retyped(client), client.phoneTypedOtherwise(),
                    client.phone(), client.e164(), client.email().toUpperCase(Locale.ROOT), client.country(), null, null).draft();
            case NEAR_MISS -> nearMiss(client);
            case NEW -> stranger(client).draft();
        };
    }

    /** «ООО «Альфа»» as «Альфа, ООО», "Alfa S.L." as "Alfa, SL", "Alfa Ltd" as "Alfa Limited", a person last name first. */
    private static String retyped(SyntheticClient client) {
        String name = client.name();
        if (!client.organisation()) {
            int space = name.indexOf(' ');
            return name.substring(space + 1) + " " + name.substring(0, space);
        }
        if (name.startsWith("ООО «")) {
            return name.substring("ООО «".length(), name.length() - 1) + ", ООО";
        }
        if (name.endsWith(" S.L.")) {
            return name.substring(0, name.length() - " S.L.".length()) + ", SL";
        }
        return name.replaceFirst(" Ltd$", " Limited");
    }

    private static ObjectNode nearMiss(SyntheticClient client) {
        if (client.organisation()) {
            // its own phone and e-mail at another domain: only the name in common
            SyntheticClient other = outsider(client, candidate -> candidate.organisation() && !domain(candidate).equals(domain(client)));
            String taxId = client.taxField() == null ? null : otherTaxId(client);
            return new SyntheticClient(client.number(), true, client.name(), other.phone(), other.phoneTypedOtherwise(),
                    other.e164(), other.email(), client.country(), client.taxField(), taxId).draft();
        }
        SyntheticClient other = outsider(client, candidate -> !candidate.organisation()
                && !firstWord(candidate.name()).equals(firstWord(client.name())));
        String relative = firstWord(other.name()) + client.name().substring(client.name().indexOf(' '));
        return new SyntheticClient(client.number(), false, relative, client.phoneTypedOtherwise(), client.phone(), client.e164(),
                other.email(), client.country(), null, null).draft();
    }

    /** A valid tax id of the same kind that is not the client's. */
    private static String otherTaxId(SyntheticClient client) {
        Random random = new Random(client.number() + (long) OUTSIDE);
        String taxId;
        do {
            taxId = "inn".equals(client.taxField()) ? SyntheticClients.inn10(random) : SyntheticClients.cif(random);
        } while (taxId.equals(client.taxId()));
        return taxId;
    }

    /** The first generated client of the same language as {@code client} that the base does not hold and that fits. */
    private static SyntheticClient outsider(SyntheticClient client, Predicate<SyntheticClient> fits) {
        for (int step = 1; step <= OUTSIDERS; step++) {
            SyntheticClient candidate = SyntheticClients.client(client.number() % OUTSIDE + step * OUTSIDE);
            if (fits.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no generated client like number " + client.number() + " outside the base");
    }

    /**
     * Someone the base has never seen: a made-up name, a firm's e-mail at a made-up domain (a person's
     * at a public provider), a tax id of its own, and the phone of a client outside the base.
     */
    private static SyntheticClient stranger(SyntheticClient client) {
        SyntheticClient contacts = outsider(client, candidate -> candidate.organisation() == client.organisation());
        Random random = new Random(client.number() * 31L);
        int[] syllables = random.ints(5, 0, LATIN_SYLLABLES.length).toArray();
        boolean russian = "RU".equals(client.country());
        String word = madeUp(russian ? RU_SYLLABLES : LATIN_SYLLABLES, syllables, 0, 3);
        String second = madeUp(russian ? RU_SYLLABLES : LATIN_SYLLABLES, syllables, 3, 5);
        String domain = madeUp(LATIN_SYLLABLES, syllables, 0, 5).toLowerCase(Locale.ROOT) + (russian ? ".ru" : "ES".equals(client.country()) ? ".es" : ".co.uk");
        if (!client.organisation()) {
            return new SyntheticClient(client.number(), false, word + " " + second, contacts.phone(), contacts.phoneTypedOtherwise(),
                    contacts.e164(), "nobody." + contacts.email(), client.country(), null, null);
        }
        String name = russian ? "ООО «" + word + " " + second + "»" : word + " " + second + ("ES".equals(client.country()) ? " S.L." : " Ltd");
        String taxId = client.taxField() == null ? null
                : "inn".equals(client.taxField()) ? SyntheticClients.inn10(random) : SyntheticClients.cif(random);
        return new SyntheticClient(client.number(), true, name, contacts.phone(), contacts.phoneTypedOtherwise(), contacts.e164(),
                "info@" + domain, client.country(), client.taxField(), taxId);
    }

    private static String madeUp(String[] syllables, int[] picks, int from, int to) {
        StringBuilder word = new StringBuilder();
        for (int i = from; i < to; i++) {
            word.append(syllables[picks[i]]);
        }
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String domain(SyntheticClient client) {
        return client.email().substring(client.email().indexOf('@') + 1);
    }

    private static String firstWord(String name) {
        return name.substring(0, name.indexOf(' '));
    }
}
