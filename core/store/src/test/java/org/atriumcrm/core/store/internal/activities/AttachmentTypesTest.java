package org.atriumcrm.core.store.internal.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AttachmentTypesTest {

    private final AttachmentTypes types = new AttachmentTypes("application/pdf, image/*, application/vnd.openxmlformats-officedocument.*");

    @Test
    void acceptsListedTypesAndFamilies() {
        assertEquals(Optional.of("application/pdf"), types.accept("Application/PDF; charset=binary"));
        assertEquals(Optional.of("image/png"), types.accept("image/png"));
        assertTrue(types.accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document").isPresent());
        assertEquals(Optional.empty(), types.accept("application/x-msdownload"));
        assertEquals(Optional.empty(), types.accept(null));
    }

    @Test
    void aFileMustLookLikeItsType() {
        assertTrue(AttachmentTypes.contentMatches("application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(AttachmentTypes.contentMatches("application/pdf", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(AttachmentTypes.contentMatches("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertTrue(AttachmentTypes.contentMatches("audio/mpeg", new byte[] {1, 2}));
    }
}
