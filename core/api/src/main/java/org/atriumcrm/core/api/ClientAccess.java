package org.atriumcrm.core.api;

import java.util.List;
import java.util.function.Function;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether the {@linkplain org.atriumcrm.core.api.security.Caller#current() current caller} reaches a
 * client: the client exists and the caller's scope in the {@code clients} section (all, its team's,
 * or its own clients, by responsible manager) admits it. Every record about a client — core's and
 * every module's — is reached only through its client, so a module checks here before it reads,
 * lists or writes anything of a client, and never reads clients around it.
 * <p>
 * A client out of reach answers exactly as one that does not exist: a read 404, a write 422 naming
 * the field. Work Atrium starts itself (schedules, console commands) runs without a caller and
 * reaches every existing client.
 */
@ProviderType
public interface ClientAccess {

    /** Whether the client exists and the current caller reaches it; {@code false} for {@code null}. */
    boolean reachable(String clientId);

    /**
     * For reads of one client's records.
     *
     * @throws RecordNotFoundException of the client when it does not exist or is out of reach
     */
    void requireReach(String clientId);

    /**
     * For writes that name a client.
     *
     * @param field the field as the request names it, e.g. {@code clientId}
     * @throws ValidationException naming {@code field} when the client does not exist or is out of reach
     */
    void requireReference(String clientId, String field);

    /**
     * The records whose client the caller reaches, in their order: what a list answers. A record
     * without a client ({@code null}) stays.
     */
    <T> List<T> reachableOnly(List<T> records, Function<? super T, String> clientIdOf);
}
