package org.atriumcrm.core.store.internal.activities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.atriumcrm.core.api.ContentTooLargeException;

/**
 * The bytes of attachments, one file per attachment under a folder of Karaf's data
 * ({@code <root>/<first two characters of the id>/<id>}). A file is written to a temporary name
 * and counted as it comes, so one over the limit is never kept, and is moved into place whole.
 */
final class AttachmentFiles {

    /** What was stored: its size and SHA-256, and where it waits before {@link #keep}. */
    record Stored(Path temporary, long size, String sha256) {
    }

    private final Path root;
    private final long maxBytes;

    AttachmentFiles(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    /** Reads the content to its end into a temporary file. @throws ContentTooLargeException past the limit */
    Stored receive(InputStream content) {
        try {
            Path incoming = Files.createDirectories(root.resolve("incoming"));
            Path temporary = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        break;
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size > maxBytes) {
                Files.deleteIfExists(temporary);
                throw new ContentTooLargeException(maxBytes);
            }
            return new Stored(temporary, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an attachment under " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Moves a received file to its place under the attachment's id. */
    void keep(Stored stored, String id) {
        try {
            Path target = path(id);
            Files.createDirectories(target.getParent());
            Files.move(stored.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store attachment " + id, e);
        }
    }

    void discard(Stored stored) {
        deleteQuietly(stored.temporary());
    }

    InputStream open(String id) throws IOException {
        return Files.newInputStream(path(id));
    }

    void delete(String id) {
        deleteQuietly(path(id));
    }

    private Path path(String id) {
        return root.resolve(id.substring(0, 2)).resolve(id);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // an orphan file costs disk space only; the record is what counts
        }
    }
}
