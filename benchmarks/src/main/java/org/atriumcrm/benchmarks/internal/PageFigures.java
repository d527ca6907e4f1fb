package org.atriumcrm.benchmarks.internal;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

import org.atriumcrm.benchmarks.internal.RawDerby.KeyRange;

/**
 * Every search and list page of the loaded base, each as the API serves it and as raw SQL on the
 * same Derby files: the raw pages are measured first, with Atrium stopped ({@link #measureRaw}),
 * then the API's ({@link #measureApi}), each figure beside its own limit. Both sides pick the same
 * clients: caller w's call number s is made from client {@link Benchmark#spread spread(w, s)}.
 */
final class PageFigures {

    private static final int THREADS = 4;
    private static final int DEEP_CURSORS = 16;
    private static final String NOT_ARCHIVED = "status <> 'ARCHIVED'";
    private static final String BY_NAME = "name_key, id";

    /** What the API is asked for client number n, and the same page as raw SQL. */
    private interface ApiPath {
        String of(int number);
    }

    private interface RawPage {
        int read(RawDerby raw, Connection connection, int number) throws SQLException;
    }

    /** @param sales whether the sales user asks, instead of the admin */
    private record Figure(String name, ApiPath api, RawPage raw, boolean sales) {
    }

    private final int clients;
    private final Staff staff;
    private final double seconds;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Latencies> limits = new LinkedHashMap<>();
    private List<String[]> deepCursors;

    PageFigures(int clients, Staff staff, double seconds) {
        this.clients = clients;
        this.staff = staff;
        this.seconds = seconds;
        searches();
        lists();
    }

    private void searches() {
        for (boolean cyrillic : new boolean[] {false, true}) {
            String script = cyrillic ? "Cyrillic" : "Latin";
            IntPredicate person = n -> !SyntheticClients.client(n).organisation() && russian(n) == cyrillic;
            search("name search, 1 letter, " + script, person, n -> lastName(n).substring(0, 1), true);
            search("name search, 4-letter prefix, " + script, person, n -> lastName(n).substring(0, Math.min(4, lastName(n).length())),
                    true);
            search("name search, whole word, " + script, person, PageFigures::lastName, true);
            figures.add(new Figure("name search, two words (first and last name, either order), " + script,
                    n -> searchPath(twoWords(pick(n, person))),
                    (raw, connection, n) -> {
                        String[] words = twoWords(pick(n, person)).split(" ");
                        return RawDerby.pairPage(connection, fold(words[0]), fold(words[1]));
                    }, false));
        }
        // a search for one client must find it: archived clients are out of searches
        IntPredicate listed = n -> !BaseProfile.archived(n);
        figures.add(new Figure("search by phone typed another way",
                n -> searchPath(SyntheticClients.client(pick(n, listed)).phoneTypedOtherwise()),
                (raw, connection, n) -> RawDerby.walkPage(connection,
                        KeyRange.exact("p:" + SyntheticClients.client(pick(n, listed)).e164())), false));
        figures.add(new Figure("search by e-mail", n -> searchPath(SyntheticClients.client(pick(n, listed)).email()),
                (raw, connection, n) -> RawDerby.walkPage(connection,
                        KeyRange.prefix("e:" + SyntheticClients.client(pick(n, listed)).email().toLowerCase(Locale.ROOT))), false));
        IntPredicate taxed = n -> SyntheticClients.client(n).taxId() != null && !BaseProfile.archived(n);
        figures.add(new Figure("search by tax id", n -> searchPath(SyntheticClients.client(pick(n, taxed)).taxId()),
                (raw, connection, n) -> RawDerby.walkPage(connection,
                        KeyRange.exact("t:" + SyntheticClients.client(pick(n, taxed)).taxId())), false));
    }

    /** A one-word name search: the product reads one word as a prefix of a name word. */
    private void search(String name, IntPredicate person, ApiPath typed, boolean prefix) {
        figures.add(new Figure(name, n -> searchPath(typed.of(pick(n, person))),
                (raw, connection, n) -> RawDerby.walkPage(connection,
                        new KeyRange("n:" + fold(typed.of(pick(n, person))), prefix)), false));
    }

    private void lists() {
        sortedList("name", BY_NAME);
        sortedList("-name", "name_key DESC, id DESC");
        sortedList("created", "created_at, id");
        sortedList("-created", "created_at DESC, id DESC");
        sortedList("updated", "updated_at, id");
        sortedList("-updated", "updated_at DESC, id DESC");
        figures.add(new Figure(String.format(Locale.ROOT, "list, a page %,d rows deep (by name)", deepRows()),
                n -> "/api/clients?limit=20&sort=name&after=" + cursor(deepCursor(n)),
                (raw, connection, n) -> {
                    String[] at = deepCursor(n);
                    return RawDerby.listPage(connection, NOT_ARCHIVED + " AND name_key >= ? AND (name_key > ? OR id > ?)",
                            List.of(at[0], at[0], at[1]), BY_NAME);
                }, false));
        String[] statuses = {"LEAD", "ACTIVE", "REGULAR", "LOST"};
        filter("status", n -> statuses[n % statuses.length], "status = ?", false);
        filter("source", n -> BaseProfile.SOURCES.get(n % BaseProfile.SOURCES.size()), "source = ? AND " + NOT_ARCHIVED, false);
        filter("responsibleManagerId", n -> staff.managerIds().get(n % Staff.USERS), "responsible_manager_id = ? AND " + NOT_ARCHIVED,
                false);
        filter("status", n -> BaseProfile.ARCHIVED, "status = ?", true);
        figures.add(new Figure("list filtered by tag (" + BaseProfile.VIP + ", on 3 % of clients)",
                n -> "/api/clients?limit=20&tag=" + BaseProfile.VIP,
                (raw, connection, n) -> RawDerby.walkPage(connection, KeyRange.exact("g:" + BaseProfile.VIP)), false));
        figures.add(new Figure("list filtered by a custom field (cf." + BaseProfile.SEGMENT + ")",
                n -> "/api/clients?limit=20&cf." + BaseProfile.SEGMENT + "=" + segment(n),
                (raw, connection, n) -> RawDerby.walkPage(connection, KeyRange.exact("f:" + BaseProfile.SEGMENT + "=" + segment(n))),
                false));
        List<String> team = staff.teamManagers();
        figures.add(new Figure("list of a sales user limited to its team (" + team.size() + " managers of " + Staff.USERS + ")",
                n -> "/api/clients?limit=20", (raw, connection, n) -> RawDerby.managersPage(connection, team), true));
    }

    private void sortedList(String sort, String order) {
        figures.add(new Figure("list, first page, sort=" + sort, n -> "/api/clients?limit=20&sort=" + sort,
                (raw, connection, n) -> RawDerby.listPage(connection, NOT_ARCHIVED, List.of(), order), false));
    }

    private interface Value {
        String of(int number);
    }

    private void filter(String parameter, Value value, String where, boolean archived) {
        String name = archived ? "list of archived clients (status=ARCHIVED)" : "list filtered by " + parameter;
        figures.add(new Figure(name, n -> "/api/clients?limit=20&" + parameter + "=" + URLEncoder.encode(value.of(n), StandardCharsets.UTF_8),
                (raw, connection, n) -> RawDerby.listPage(connection, where, List.of(value.of(n)), BY_NAME), false));
    }

    /** The raw page of every figure on the stopped Atrium's database, each after a short warm-up. */
    void measureRaw(RawDerby raw) throws Exception {
        try (Connection connection = raw.connection()) {
            deepCursors = RawDerby.deepNameCursors(connection, deepRows(), DEEP_CURSORS);
        }
        for (Figure figure : figures) {
            raw.load(THREADS, warmUp(), (connection, worker, sequence) -> figure.raw().read(raw, connection,
                    Benchmark.spread(worker, sequence, clients)) >= 0);
            limits.put(figure.name(), raw.load(THREADS, seconds, (connection, worker, sequence) ->
                    figure.raw().read(raw, connection, Benchmark.spread(worker, sequence, clients)) >= 0));
            System.out.printf(Locale.ROOT, "  raw: %-70s %s%n", figure.name(), ResultTable.millis(limits.get(figure.name())));
        }
    }

    /** The API's page of every figure, each after a short warm-up, beside its raw limit. */
    void measureApi(Http admin, Http sales, ResultTable table) throws Exception {
        for (Figure figure : figures) {
            Http http = figure.sales() ? sales : admin;
            Load.Call call = (worker, sequence) -> {
                HttpResponse<String> answer = http.get(figure.api().of(Benchmark.spread(worker, sequence, clients)));
                return answer.statusCode() == 200 && answer.body().contains("\"id\"");
            };
            Load.run(THREADS, warmUp(), call);
            Latencies api = Load.run(THREADS, seconds, call);
            Latencies limit = limits.get(figure.name());
            table.add(figure.name() + " (" + THREADS + " callers)", ResultTable.millis(api),
                    "raw SQL, the same page: " + ResultTable.millis(limit), ResultTable.ratio(api.p95() / limit.p95()) + " (p95)",
                    figure.name().startsWith("list") ? "p95 ≤ 50 ms" : "p95 ≤ 50 ms, ≤ 3 × raw");
        }
    }

    private double warmUp() {
        return Math.min(2, seconds);
    }

    /** Half the base deep, as 500 000 rows are in a base of 1 000 000. */
    private int deepRows() {
        return clients / 2;
    }

    private String[] deepCursor(int number) {
        return deepCursors.get(number % deepCursors.size());
    }

    private static String cursor(String[] at) {
        String raw = "name\n" + at[0] + "\n" + at[1];
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String segment(int number) {
        return BaseProfile.SEGMENTS.get(number % BaseProfile.SEGMENTS.size());
    }

    private static String searchPath(String q) {
        return "/api/clients?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** The first client from {@code number} on that is what the figure needs. */
    private int pick(int number, IntPredicate wanted) {
        int n = number;
        while (!wanted.test(n)) {
            n = (n + 1) % clients;
        }
        return n;
    }

    private static boolean russian(int number) {
        return number % 10 < 4;
    }

    /** A person's last name as typed, with its capital and accents (its second word). */
    private static String lastName(int number) {
        return SyntheticClients.client(number).name().split(" ")[1];
    }

    /** First and last name, or last and first on every other client. */
    private static String twoWords(int number) {
        String[] words = SyntheticClients.client(number).name().split(" ");
        return number % 2 == 0 ? words[0] + " " + words[1] : words[1] + " " + words[0];
    }

    private static String fold(String word) {
        return SyntheticClient.fold(word);
    }
}
