package org.atriumcrm.benchmarks.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What client number n of the loaded base is besides its name and channels, the same on every run:
 * lifecycle status (some archived), source, responsible manager, tags, the {@value #SEGMENT} custom
 * field, and created / updated times spread over {@value #YEARS} years. The spread is what the
 * list filters and sorts are measured on: a filter that keeps 3 % of the base (the {@value #VIP}
 * tag) must walk its index as fast as one that keeps a third.
 *
 * @param manager index of the responsible manager among the benchmark's users, or −1 for none
 * @param segment the {@value #SEGMENT} picklist's value, or {@code null}
 */
record BaseProfile(String status, String source, int manager, List<String> tags, String segment,
                   LocalDateTime createdAt, LocalDateTime updatedAt) {

    /** The custom field of clients the load fills in. */
    static final String SEGMENT = "segment";
    static final List<String> SEGMENTS = List.of("retail", "wholesale", "enterprise", "public");
    static final List<String> SOURCES = List.of("website", "referral", "cold-call", "exhibition", "partner");
    static final String VIP = "vip";
    static final String ARCHIVED = "ARCHIVED";
    private static final int YEARS = 6;
    private static final long SPAN_MINUTES = YEARS * 365L * 24 * 60;

    /** Client n's profile, with {@code managers} users to spread the base over. */
    static BaseProfile of(int number, int managers, LocalDateTime now) {
        Random random = random(number);
        String status = status(random);
        String source = random.nextInt(5) == 0 ? null : SOURCES.get(random.nextInt(SOURCES.size()));
        int manager = managers == 0 || random.nextInt(10) == 0 ? -1 : random.nextInt(managers);
        List<String> tags = new ArrayList<>(2);
        if (random.nextInt(100) < 3) {
            tags.add(VIP);
        }
        if (random.nextInt(100) < 20) {
            tags.add("newsletter");
        }
        if (random.nextInt(100) < 10) {
            tags.add("wholesale");
        }
        String segment = random.nextInt(5) == 0 ? null : SEGMENTS.get(random.nextInt(SEGMENTS.size()));
        LocalDateTime created = now.minusMinutes((long) (random.nextDouble() * SPAN_MINUTES)).truncatedTo(ChronoUnit.MILLIS);
        long sinceCreated = ChronoUnit.MINUTES.between(created, now);
        LocalDateTime updated = created.plusMinutes((long) (random.nextDouble() * sinceCreated)).truncatedTo(ChronoUnit.MILLIS);
        return new BaseProfile(status, source, manager, List.copyOf(tags), segment, created, updated);
    }

    /** Whether client n is archived: out of searches and default lists. */
    static boolean archived(int number) {
        return ARCHIVED.equals(status(random(number)));
    }

    private static Random random(int number) {
        return new Random(0xBA5E_0000L + number);
    }

    private static String status(Random random) {
        int roll = random.nextInt(100);
        return roll < 30 ? "LEAD" : roll < 60 ? "ACTIVE" : roll < 85 ? "REGULAR" : roll < 95 ? "LOST" : ARCHIVED;
    }
}
