package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the loaded base is spread over, made through the API before the load as an administrator
 * would: {@value #USERS} sales users in {@value #TEAMS} teams (the responsible managers of the
 * clients) and the {@value BaseProfile#SEGMENT} picklist of clients; then an API token of one of
 * the salesmen, whose built-in {@code sales} role limits the clients section to its team.
 *
 * @param managerIds  the users' ids, in the order {@link BaseProfile#manager()} counts them
 * @param salesToken  the API token of {@code salesUser}
 * @param teamManagers the ids of the users of {@code salesUser}'s team
 */
record Staff(List<String> managerIds, String salesUser, String salesToken, List<String> teamManagers) {

    static final int USERS = 20;
    static final int TEAMS = 4;
    private static final List<String> TEAM_NAMES = List.of("north", "south", "east", "west");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Creates the users and the custom field on a running, empty Atrium that {@code http} is authorized on as admin. */
    static Staff create(Http http) throws IOException, InterruptedException {
        String password = password();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            ObjectNode user = JSON.createObjectNode().put("username", username(i)).put("displayName", "Manager " + (i + 1))
                    .put("email", username(i) + "@example.com").put("locale", "en").put("team", team(i)).put("password", password);
            user.putArray("roles").add("sales");
            ids.add(JSON.readTree(Benchmark.require(http.send("POST", "/api/users", user.toString()), 201).body()).get("id").asText());
        }
        ObjectNode field = JSON.createObjectNode().put("recordKind", "CLIENT").put("key", BaseProfile.SEGMENT)
                .put("label", "Segment").put("type", "PICKLIST");
        BaseProfile.SEGMENTS.forEach(field.putArray("options")::add);
        Benchmark.require(http.send("POST", "/api/custom-fields", field.toString()), 201);
        String salesman = username(0);
        String token = AdminToken.create(http, salesman, password, System.nanoTime() + TimeUnit.SECONDS.toNanos(60));
        List<String> team = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            if (team(i).equals(team(0))) {
                team.add(ids.get(i));
            }
        }
        return new Staff(List.copyOf(ids), salesman, token, List.copyOf(team));
    }

    private static String username(int i) {
        return String.format(Locale.ROOT, "manager%02d", i + 1);
    }

    private static String team(int i) {
        return TEAM_NAMES.get(i % TEAMS);
    }

    private static String password() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
