package org.atriumcrm.core.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void splitsScriptsAtLineEndingSemicolonsAndSkipsComments() {
        String script = "-- a comment\nCREATE TABLE a (\n  id INT\n);\n\nCREATE INDEX a_id ON a (id);\nINSERT INTO a VALUES (1)";
        assertEquals(List.of("CREATE TABLE a (\nid INT\n)", "CREATE INDEX a_id ON a (id)", "INSERT INTO a VALUES (1)"),
                SchemaMigrations.statements(script));
    }

    @Test
    void readsVersionAndDescriptionFromTheFileName() throws Exception {
        SchemaMigrations.Script script = SchemaMigrations.Script.of(new URL("file:/x/db/migration/core/V012__add_birthday.sql"));
        assertEquals(12, script.version());
        assertEquals("add_birthday", script.description());
        assertThrows(IllegalArgumentException.class,
                () -> SchemaMigrations.Script.of(new URL("file:/x/db/migration/core/clients.sql")));
    }

    @Test
    void theShippedCoreScriptParses() throws Exception {
        URL script = getClass().getResource("/db/migration/core/V001__clients.sql");
        String text = new String(script.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(12, SchemaMigrations.statements(text).size());
    }
}
