package org.atriumcrm.core.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialAdminPasswordTest {

    @TempDir
    Path data;

    @Test
    void theFileIsOwnerOnlyAndHoldsThePassword() throws Exception {
        assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"));
        InitialAdminPassword kept = new InitialAdminPassword(data.resolve("atrium").resolve("initial-admin-password"));

        assertTrue(kept.keep("s3cret-Pa55word"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.file())));
        assertEquals("s3cret-Pa55word", Files.readString(kept.file()).strip());
    }

    @Test
    void aFileThatWasAlreadyThereIsReplacedNotWrittenInto() throws Exception {
        assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = data.resolve("initial-admin-password");
        Files.writeString(file, "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (InputStream heldOpen = Files.newInputStream(file)) {
            new InitialAdminPassword(file).keep("s3cret-Pa55word");

            String seenThroughTheOldFile = new String(heldOpen.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(seenThroughTheOldFile.contains("s3cret-Pa55word"), "whoever held the old file open reads nothing");
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("s3cret-Pa55word", Files.readString(file).strip());
    }

    @Test
    void forgettingDeletesTheFile() throws Exception {
        InitialAdminPassword kept = new InitialAdminPassword(data.resolve("initial-admin-password"));
        assertTrue(kept.keep("s3cret-Pa55word"));

        kept.forget();
        assertFalse(Files.exists(kept.file()));
        kept.forget();
    }
}
