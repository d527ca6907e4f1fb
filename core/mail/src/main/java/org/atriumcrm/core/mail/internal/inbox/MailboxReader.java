package org.atriumcrm.core.mail.internal.inbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Properties;

import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Store;
import javax.mail.UIDFolder;

import org.atriumcrm.core.mail.internal.MailConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reading of the shared mailbox: the folder opened read-only (the mailbox stays as its people left
 * it), the messages after the last UID filed, each filed and then marked read in Atrium's table. A
 * message that cannot be parsed is passed over; any other failure ends the reading, to resume there.
 */
final class MailboxReader {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxReader.class);
    /** A reading stays short; the rest comes at the next */
    private static final int MAX_PER_READING = 200;

    private final MailConfiguration settings;
    private final InboxStore store;
    private final InboundFiling filing;

    MailboxReader(MailConfiguration settings, InboxStore store, InboundFiling filing) {
        this.settings = settings;
        this.store = store;
        this.filing = filing;
    }

    String name() {
        return settings.imap_user() + "@" + settings.imap_host() + ":" + settings.imap_port() + "/" + settings.imap_folder();
    }

    /** @return how many messages this reading filed */
    int read() throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // Jakarta Mail finds its IMAP provider through the context class loader
        thread.setContextClassLoader(Session.class.getClassLoader());
        try (Store imap = session().getStore(protocol())) {
            imap.connect(settings.imap_host().strip(), settings.imap_port(), blankless(settings.imap_user()),
                    settings.imap_password() == null ? "" : settings.imap_password());
            Folder folder = imap.getFolder(settings.imap_folder());
            folder.open(Folder.READ_ONLY);
            try {
                return readNew((UIDFolder) folder);
            } finally {
                folder.close(false);
            }
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private int readNew(UIDFolder folder) throws MessagingException {
        long validity = folder.getUIDValidity();
        long last = store.lastUid(name(), validity);
        Message[] messages = folder.getMessagesByUID(last + 1, UIDFolder.LASTUID);
        int filed = 0;
        int seen = 0;
        for (Message message : messages) {
            long uid = folder.getUID(message);
            // LASTUID answers the last message even when it is older than the range
            if (uid <= last) {
                continue;
            }
            if (++seen > MAX_PER_READING) {
                break;
            }
            byte[] raw = raw(message);
            try {
                if (filing.file(InboundMessages.parse(raw), raw)) {
                    filed++;
                }
            } catch (IllegalArgumentException e) {
                LOG.warn("Message {} of {} cannot be read and is passed over: {}", uid, name(), e.getMessage());
            }
            store.read(name(), validity, uid);
        }
        return filed;
    }

    private static byte[] raw(Message message) throws MessagingException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("Could not read message " + message.getMessageNumber(), e);
        }
    }

    private String security() {
        return settings.imap_security() == null ? "NONE" : settings.imap_security().strip().toUpperCase(Locale.ROOT);
    }

    private String protocol() {
        return security().equals("SSL") ? "imaps" : "imap";
    }

    private Session session() {
        String protocol = protocol();
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.imap_host().strip());
        properties.put("mail." + protocol + ".port", String.valueOf(settings.imap_port()));
        properties.put("mail." + protocol + ".connectiontimeout", String.valueOf(settings.imap_timeout_ms()));
        properties.put("mail." + protocol + ".timeout", String.valueOf(settings.imap_timeout_ms()));
        properties.put("mail." + protocol + ".writetimeout", String.valueOf(settings.imap_timeout_ms()));
        if (security().equals("STARTTLS")) {
            properties.put("mail.imap.starttls.enable", "true");
            properties.put("mail.imap.starttls.required", "true");
        }
        if (!security().equals("NONE")) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return Session.getInstance(properties);
    }

    private static String blankless(String text) {
        return text == null ? "" : text.strip();
    }
}
