package org.atriumcrm.core.store.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationRunnerTest {

    @Test
    void splitsScriptsAtLineEndingSemicolonsAndSkipsComments() {
        String script = "-- a comment\nCREATE TABLE a (\n  id INT\n);\n\nCREATE INDEX a_id ON a (id);\nINSERT INTO a VALUES (1)";
        assertEquals(List.of("CREATE TABLE a (\nid INT\n)", "CREATE INDEX a_id ON a (id)", "INSERT INTO a VALUES (1)"),
                MigrationRunner.statements(script));
    }

    @Test
    void readsVersionAndDescriptionFromTheFileName() throws Exception {
        MigrationRunner.Script script = MigrationRunner.Script.of(new URL("file:/x/db/migration/core/V012__add_birthday.sql"));
        assertEquals(12, script.version());
        assertEquals("add_birthday", script.description());
        assertThrows(IllegalArgumentException.class,
                () -> MigrationRunner.Script.of(new URL("file:/x/db/migration/core/clients.sql")));
    }

    @ParameterizedTest
    @CsvSource({"V001__clients.sql, 15", "V002__client_details.sql, 18", "V003__pipelines_tasks_activities.sql, 25", "V004__custom_fields.sql, 4", "V005__task_reminders.sql, 1"})
    void theShippedCoreScriptsParse(String file, int statements) throws Exception {
        URL script = getClass().getResource("/db/migration/core/" + file);
        String text = new String(script.openStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> parsed = MigrationRunner.statements(text);
        assertEquals(statements, parsed.size());
        parsed.forEach(statement -> assertFalse(statement.endsWith(";"), statement));
    }
}
