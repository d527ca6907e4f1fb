package org.atriumcrm.core.spi;

import java.util.Set;

import org.atriumcrm.core.api.ClientDraft;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds a module's own identity keys to duplicate detection: values that, when two clients share one,
 * say they are the same client (a passport or club card number the module keeps in a custom field).
 * Core stores them beside its own keys (tax ids, phones, e-mails, names …) on every client write,
 * looks candidates up by them and counts a shared one as strong evidence. Keys of clients written
 * before the provider was installed are added at their next write.
 */
@ConsumerType
public interface MatchKeyProvider {

    /**
     * The type of this provider's keys: capital letters, digits and {@code _}, at most 32 characters,
     * prefixed by the module id so that it is unique, e.g. {@code FITNESS_CARD}.
     */
    String keyType();

    /**
     * The client's keys of this type, each normalised so that equal values mean the same client
     * (at most 200 characters are kept); empty when it has none. Called inside the client write's
     * transaction, and for drafts not stored yet; must not write.
     */
    Set<String> keysOf(ClientDraft client);
}
