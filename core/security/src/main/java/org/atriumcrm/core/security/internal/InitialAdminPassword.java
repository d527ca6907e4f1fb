package org.atriumcrm.core.security.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file the first admin's generated password is kept in until the admin chooses another. It is
 * created new, readable by its owner only from its first byte on (never written into a file that was
 * already there, which someone else might hold open), and deleted when the admin's password changes.
 */
final class InitialAdminPassword {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdminPassword.class);

    private final Path file;

    InitialAdminPassword(Path file) {
        this.file = file;
    }

    /** {@code atrium/initial-admin-password} in Karaf's data folder. */
    static InitialAdminPassword inKarafData() {
        return new InitialAdminPassword(Path.of(System.getProperty("karaf.data", "data"), "atrium", "initial-admin-password"));
    }

    Path file() {
        return file;
    }

    /** Keeps {@code password} in a new owner-only file; false (and logged) when it could not. */
    boolean keep(String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            EnumSet<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (SeekableByteChannel channel = Files.newByteChannel(file, options, ownerOnly(file))) {
                ByteBuffer bytes = ByteBuffer.wrap((password + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not keep the first admin's password in {}: {}", file, e.getMessage());
            return false;
        }
    }

    /** The password is no longer the admin's: the file goes. */
    void forget() {
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info("Deleted {}: the first admin's password was changed", file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}, which holds the first admin's former password: {}", file, e.getMessage());
        }
    }

    /**
     * Permissions given at creation: {@code rw-------} on POSIX systems, an access list naming only the
     * user Atrium runs as where there are access lists instead (Windows); elsewhere the folder's apply.
     */
    private static FileAttribute<?>[] ownerOnly(Path file) throws IOException {
        Set<String> views = file.getFileSystem().supportedFileAttributeViews();
        if (views.contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
        }
        if (views.contains("acl")) {
            UserPrincipal self = file.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            List<AclEntry> onlySelf = List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(self)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build());
            return new FileAttribute<?>[] {new FileAttribute<List<AclEntry>>() {
                @Override
                public String name() {
                    return "acl:acl";
                }

                @Override
                public List<AclEntry> value() {
                    return onlySelf;
                }
            }};
        }
        LOG.info("{} has neither POSIX permissions nor access lists: {} is as private as its folder", file.getFileSystem(), file);
        return new FileAttribute<?>[0];
    }
}
