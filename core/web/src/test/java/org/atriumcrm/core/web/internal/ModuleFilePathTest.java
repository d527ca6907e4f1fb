package org.atriumcrm.core.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleFilePathTest {

    @Test
    void aFileInTheModuleFolderOrBelow() {
        assertEquals(Optional.of(new ModuleFilePath("fitness", "fitness-tab.js")), ModuleFilePath.parse("/fitness/fitness-tab.js"));
        assertEquals("js", ModuleFilePath.parse("/fitness/lib/chart.min.js").orElseThrow().extension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fitness/../core/secret.js", "/fitness/", "/fitness", "/Fitness/a.js", "/fitness//a.js",
        "/fitness/.hidden", "/fitness/a/../../b.js", "/fitness/a\\b.js"})
    void nothingThatCouldLeaveTheFolder(String path) {
        assertTrue(ModuleFilePath.parse(path).isEmpty(), path);
    }
}
