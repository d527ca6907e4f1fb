package org.atriumcrm.benchmarks.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.atriumcrm.core.api.LegalEntity;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.store.internal.clients.ClientParts;
import org.atriumcrm.core.store.internal.clients.PartsDocument;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes synthetic clients straight into a stopped Atrium's own Derby database: the rows a create
 * through the API writes (the client with its parts document, its phone, e-mail, search keys, legal
 * entity and first status) and its duplicate-matching keys, computed by core/quality as Atrium
 * computes them.
 * Loading a million clients through the API takes most of an hour; here the rows are rendered into
 * files, then Derby's bulk import fills each empty table without logging each row and builds each
 * index by one sort, on both cores: while one imports the client table, the other computes the
 * match keys, and then the match keys and the other tables are imported side by side. It runs in a
 * JVM of its own, with Derby settings for loading.
 */
final class DirectLoad {

    /**
     * What Atrium's backfill (MatchKeyBackfill) looks for before building the keys and the parts
     * documents of older clients: the load writes both.
     */
    private static final List<String> BUILT_SETTINGS = List.of("match.keys.built", "parts.documents.built");
    private static final int BLOCK = 5_000;
    /**
     * The load's own JVM, so that its Derby settings never reach the benchmark's limits nor Atrium: no
     * disk sync at each commit (a crash would lose the load, nothing else), and index sorts kept in a
     * large heap as far as it goes rather than in runs of 1 024 rows merged on disk; a throughput
     * collector, since nothing measures this JVM's pauses.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xms3g", "-Xmx3g", "-XX:+UseParallelGC",
            "-Dderby.system.durability=test", "-Dderby.storage.sortBufferMax=100000");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tables a client create writes, {@code ATR_} + the name, with the columns each file line holds. */
    private enum Table {
        CLIENT("ID,KIND,NAME,NAME_KEY,STATUS,SOURCE,RESPONSIBLE_MANAGER_ID,CREATED_AT,UPDATED_AT,VERSION,PARTS_DOC,PARTS_VERSION"),
        CLIENT_PHONE("CLIENT_ID,ORD,NUMBER,E164"),
        CLIENT_EMAIL("CLIENT_ID,ORD,ADDRESS"),
        CLIENT_KEY("CLIENT_ID,SEARCH_KEY,SORT_KEY"),
        CLIENT_TAG("CLIENT_ID,ORD,TAG"),
        CUSTOM_VALUE("RECORD_KIND,RECORD_ID,FIELD_KEY,ORD,VAL"),
        LEGAL_ENTITY("ID,CLIENT_ID,ORD,NAME,COUNTRY,INN,TAX_ID"),
        CLIENT_STATUS_CHANGE("ID,CLIENT_ID,TO_STATUS,CHANGED_AT"),
        CLIENT_MATCH_KEY("CLIENT_ID,KEY_TYPE,KEY_VALUE");

        final String columns;

        Table(String columns) {
            this.columns = columns;
        }

        String sqlName() {
            return "ATR_" + name();
        }
    }

    /** Every table but the match keys: quick to render, since nothing but the generator is called. */
    private static final List<Table> PLAIN = List.of(Table.CLIENT, Table.CLIENT_PHONE, Table.CLIENT_EMAIL, Table.CLIENT_KEY,
            Table.CLIENT_TAG, Table.CUSTOM_VALUE, Table.LEGAL_ENTITY, Table.CLIENT_STATUS_CHANGE);

    /** What was written and how long it took, from the first rendered row to the shutdown. */
    record Result(int clients, long rows, long matchKeys, double seconds) {
        String describe() {
            return String.format(Locale.ROOT, "%,d clients, %,d rows (%,d match keys) in %.0f s: %,.0f rows/s",
                    clients, rows, matchKeys, seconds, rows / seconds);
        }
    }

    private final String url;
    private final int clients;
    private final QualityLibrary quality;
    private final Path scratch;
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    private final Map<Table, AtomicLong> rows = new EnumMap<>(Table.class);
    private final List<String> managers;

    private DirectLoad(Path database, int clients, QualityLibrary quality, Path scratch, List<String> managers) {
        this.url = "jdbc:derby:" + database;
        this.clients = clients;
        this.quality = quality;
        this.scratch = scratch;
        this.managers = managers;
        for (Table table : Table.values()) {
            rows.put(table, new AtomicLong());
        }
    }

    /** The id client number {@code n} gets: the same on every run, so that a draft can name the client it copies. */
    static String id(int number) {
        return uuid("client-" + number);
    }

    /**
     * Loads clients 0 … {@code clients} − 1 into the database of a stopped Atrium whose client tables
     * are empty, spread over {@code managers} (user ids) as {@link BaseProfile} says, and marks their
     * match keys as built, in a JVM of its own. {@code scratch} holds the files meanwhile.
     */
    static Result load(Path database, int clients, List<String> managers, Path scratch) throws IOException, InterruptedException {
        Path result = scratch.resolveSibling(scratch.getFileName() + "-result.json");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-classpath", System.getProperty("java.class.path"), DirectLoad.class.getName(),
                database.toString(), Integer.toString(clients), scratch.toString(), result.toString(), String.join(",", managers)));
        Process load = new ProcessBuilder(command).inheritIO().start();
        if (load.waitFor() != 0) {
            throw new IllegalStateException("the direct load of " + clients + " clients failed (exit " + load.exitValue() + ")");
        }
        try {
            return JSON.readValue(result.toFile(), Result.class);
        } finally {
            Files.delete(result);
        }
    }

    /** The load JVM: database, clients, scratch folder, result file, manager ids separated by commas. */
    public static void main(String[] args) throws Exception {
        List<String> managers = args.length > 4 && !args[4].isEmpty() ? List.of(args[4].split(",")) : List.of();
        Result result = new DirectLoad(Path.of(args[0]), Integer.parseInt(args[1]), new QualityLibrary(), Path.of(args[2]), managers)
                .run();
        JSON.writeValue(Path.of(args[3]).toFile(), result);
    }

    private Result run() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(scratch);
        ExecutorService background = Executors.newFixedThreadPool(2);
        try {
            step("rendered the rows of every table but the match keys", () -> render(PLAIN, true));
            Future<?> matchKeys = background.submit(() -> step("computed the match keys",
                    () -> render(List.of(Table.CLIENT_MATCH_KEY), false)));
            importTables(List.of(Table.CLIENT));
            Future<?> others = background.submit(() -> importTables(List.of(Table.CLIENT_KEY, Table.CLIENT_PHONE,
                    Table.CLIENT_EMAIL, Table.CLIENT_TAG, Table.CUSTOM_VALUE, Table.LEGAL_ENTITY, Table.CLIENT_STATUS_CHANGE)));
            matchKeys.get();
            importTables(List.of(Table.CLIENT_MATCH_KEY));
            others.get();
            markBuilt();
        } finally {
            background.shutdownNow();
            shutdown();
            AtriumProcess.deleteRecursively(scratch);
        }
        long total = rows.values().stream().mapToLong(AtomicLong::get).sum();
        return new Result(clients, total, rows.get(Table.CLIENT_MATCH_KEY).get(), (System.nanoTime() - started) / 1e9);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static Void step(String what, Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        System.out.printf(Locale.ROOT, "    %-52s %6.1f s%n", what, (System.nanoTime() - started) / 1e9);
        return null;
    }

    /** The files of these tables, in blocks of clients, on every core or on one. */
    private void render(List<Table> tables, boolean parallel) throws IOException {
        Map<Table, Writer> writers = new EnumMap<>(Table.class);
        try {
            for (Table table : tables) {
                writers.put(table, Files.newBufferedWriter(file(table), StandardCharsets.UTF_8));
            }
            IntStream blocks = IntStream.range(0, (clients + BLOCK - 1) / BLOCK);
            (parallel ? blocks.parallel() : blocks).forEach(block -> {
                Map<Table, StringBuilder> text = render(tables, block * BLOCK, Math.min(clients, (block + 1) * BLOCK));
                synchronized (writers) {
                    text.forEach((table, lines) -> append(writers.get(table), lines));
                }
            });
        } finally {
            for (Writer writer : writers.values()) {
                writer.close();
            }
        }
    }

    private Map<Table, StringBuilder> render(List<Table> tables, int from, int to) {
        Map<Table, StringBuilder> text = new EnumMap<>(Table.class);
        tables.forEach(table -> text.put(table, new StringBuilder()));
        for (int n = from; n < to; n++) {
            SyntheticClient client = SyntheticClients.client(n);
            BaseProfile profile = BaseProfile.of(n, managers.size(), now);
            String id = id(n);
            for (Table table : tables) {
                rows.get(table).addAndGet(render(table, client, profile, id, text.get(table)));
            }
        }
        return text;
    }

    /** The rows of one table for one client, as Atrium writes them; returns how many. */
    private int render(Table table, SyntheticClient client, BaseProfile profile, String id, StringBuilder out) {
        switch (table) {
            case CLIENT -> line(out, id, client.organisation() ? "ORGANIZATION" : "PERSON", client.name(), client.nameKey(),
                    profile.status(), profile.source(), profile.manager() < 0 ? null : managers.get(profile.manager()),
                    time(profile.createdAt()), time(profile.updatedAt()), 1,
                    PartsDocument.json(parts(client, profile, id)).orElseThrow(), 1);
            case CLIENT_PHONE -> line(out, id, 0, client.phone(), client.e164());
            case CLIENT_EMAIL -> line(out, id, 0, client.email());
            case CLIENT_KEY -> {
                List<String> keys = searchKeys(client, profile);
                keys.forEach(key -> line(out, id, key, client.nameKey()));
                return keys.size();
            }
            case CLIENT_TAG -> {
                for (int i = 0; i < profile.tags().size(); i++) {
                    line(out, id, i, profile.tags().get(i));
                }
                return profile.tags().size();
            }
            case CUSTOM_VALUE -> {
                if (profile.segment() == null) {
                    return 0;
                }
                line(out, "CLIENT", id, BaseProfile.SEGMENT, 0, profile.segment());
            }
            case LEGAL_ENTITY -> {
                if (client.taxField() == null) {
                    return 0;
                }
                LegalEntity entity = legalEntity(client, id);
                line(out, entity.id(), id, 0, entity.name(), entity.country(), entity.inn(), entity.taxId());
            }
            case CLIENT_STATUS_CHANGE -> line(out, uuid("status-" + id), id, profile.status(), time(profile.createdAt()));
            case CLIENT_MATCH_KEY -> {
                Set<MatchKey> keys = quality.keysOf(client.draft());
                for (MatchKey key : keys) {
                    line(out, id, key.type(), key.value());
                }
                return keys.size();
            }
        }
        return 1;
    }

    /**
     * What the client's part rows below hold, as core reads them back: its parts document is written
     * from it by core's own writer, so that a read by id of a loaded client is the read of one that
     * was written through the API.
     */
    static ClientParts parts(SyntheticClient client, BaseProfile profile, String id) {
        return new ClientParts(List.of(client.phone()), List.of(client.email()), List.of(), List.of(), profile.tags(), List.of(),
                client.taxField() == null ? List.of() : List.of(legalEntity(client, id)),
                profile.segment() == null ? Map.of() : Map.of(BaseProfile.SEGMENT, List.of(profile.segment())));
    }

    /** The legal entity of a client with a tax id: its name, country and that id. */
    private static LegalEntity legalEntity(SyntheticClient client, String id) {
        return new LegalEntity(uuid("entity-" + id), client.name(), client.country(),
                "inn".equals(client.taxField()) ? client.taxId() : null, null, null,
                "taxId".equals(client.taxField()) ? client.taxId() : null, null, null, null);
    }

    /**
     * The client's search keys as core writes them: its name words, e-mail, phone and tax id, a
     * {@code g:} key per tag and an {@code f:} key per custom value.
     */
    static List<String> searchKeys(SyntheticClient client, BaseProfile profile) {
        List<String> keys = new ArrayList<>(client.searchKeys());
        profile.tags().forEach(tag -> keys.add("g:" + SyntheticClient.fold(tag)));
        if (profile.segment() != null) {
            keys.add("f:" + BaseProfile.SEGMENT + "=" + profile.segment());
        }
        return keys;
    }

    private static String time(LocalDateTime time) {
        return Timestamp.valueOf(time).toString();
    }

    /**
     * One line of Derby's import format: text in double quotes (doubled inside), numbers and
     * timestamps bare, {@code null} as nothing at all.
     */
    private static void line(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value instanceof Number) {
                out.append(value);
            } else if (value != null) {
                out.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    private static void append(Writer writer, CharSequence text) {
        try {
            writer.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each table by one bulk import (the table must be empty for Derby to take that path). */
    private Void importTables(List<Table> tables) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             CallableStatement load = connection.prepareCall(
                     "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, ',', '\"', 'UTF-8', 0)")) {
            for (Table table : tables) {
                step(String.format(Locale.ROOT, "imported %,d rows into %s", rows.get(table).get(), table.sqlName().toLowerCase(Locale.ROOT)),
                        () -> {
                            load.setString(1, table.sqlName());
                            load.setString(2, table.columns);
                            load.setString(3, file(table).toString());
                            load.execute();
                        });
            }
        }
        return null;
    }

    /** The settings as the backfill leaves them once done (Atrium's first start on the empty database may have written them). */
    private void markBuilt() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement update = connection.prepareStatement("UPDATE atr_setting SET val = ? WHERE name = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO atr_setting (val, name) VALUES (?, ?)")) {
            for (String setting : BUILT_SETTINGS) {
                for (PreparedStatement statement : List.of(update, insert)) {
                    statement.setString(1, now.toString());
                    statement.setString(2, setting);
                }
                if (update.executeUpdate() == 0) {
                    insert.executeUpdate();
                }
            }
        }
    }

    /** A clean shutdown: every page on disk before Atrium opens the database. */
    private void shutdown() {
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown of a database as an exception (08006)
        }
    }

    private Path file(Table table) {
        return scratch.resolve(table.name().toLowerCase(Locale.ROOT) + ".csv");
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("atrium-benchmark-" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
