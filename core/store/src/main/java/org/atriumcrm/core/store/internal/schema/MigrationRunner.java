package org.atriumcrm.core.store.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a component's tables up to date with its ordered SQL scripts ({@code V001__clients.sql},
 * {@code V002__….sql}). Each script runs once, in its own transaction together with the row that
 * records it in {@code atr_schema_version}, so a failed upgrade leaves the previous schema intact.
 * Scripts only ever add: a released script is never edited, a change is a new script.
 *
 * <p>A version may instead be a Java step, for rows that only core's own code can derive (the
 * folded words of names): it may commit as it goes, when running it again after a stop is safe,
 * and its version is recorded with its last commit.
 */
final class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final String HISTORY_TABLE = "ATR_SCHEMA_VERSION";
    /** Derby's "table already exists": another bundle created the history table at the same moment. */
    private static final String TABLE_EXISTS = "X0Y32";

    /** What a version does, on the connection of its transaction. */
    @FunctionalInterface
    interface Step {
        void apply(Connection connection) throws SQLException, IOException;
    }

    /** One version: its number, its description, what it does. */
    record Script(int version, String description, Step step) {

        /** A SQL script, named {@code V<number>__<description>.sql}. */
        static Script of(URL location) {
            String file = location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
            Matcher name = SCRIPT_NAME.matcher(file);
            if (!name.matches()) {
                throw new IllegalArgumentException("Migration script " + file + " is not named V<number>__<description>.sql");
            }
            return new Script(Integer.parseInt(name.group(1)), name.group(2), connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements(read(location))) {
                        statement.execute(sql);
                    }
                }
            });
        }
    }

    private final DataSource dataSource;

    MigrationRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies the scripts of {@code component} that are not applied yet, in version order; returns how many. */
    int migrate(String component, List<Script> scripts) throws SQLException, IOException {
        List<Script> ordered = new ArrayList<>(scripts);
        ordered.sort((a, b) -> Integer.compare(a.version(), b.version()));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new IllegalArgumentException("Two migrations of " + component + " are version " + ordered.get(i).version());
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            ensureHistoryTable(connection);
            Set<Integer> applied = appliedVersions(connection, component);
            int count = 0;
            for (Script script : ordered) {
                if (!applied.contains(script.version())) {
                    apply(connection, component, script);
                    count++;
                }
            }
            return count;
        }
    }

    private void apply(Connection connection, String component, Script script) throws SQLException, IOException {
        LOG.info("Schema of {}: applying version {} ({})", component, script.version(), script.description());
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            script.step().apply(connection);
            try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (component, version, description, applied_at) VALUES (?, ?, ?, ?)")) {
                record.setString(1, component);
                record.setInt(2, script.version());
                record.setString(3, script.description());
                record.setTimestamp(4, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, HISTORY_TABLE, null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + HISTORY_TABLE + " (component VARCHAR(100) NOT NULL, "
                    + "version INTEGER NOT NULL, description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL, "
                    + "PRIMARY KEY (component, version))");
        } catch (SQLException e) {
            if (!TABLE_EXISTS.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static Set<Integer> appliedVersions(Connection connection, String component) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version FROM " + HISTORY_TABLE + " WHERE component = ?")) {
            query.setString(1, component);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getInt(1));
                }
            }
        }
        return versions;
    }

    /** Splits a script at semicolons that end a line; lines starting with {@code --} are comments. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(URL location) throws IOException {
        try (InputStream in = location.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
