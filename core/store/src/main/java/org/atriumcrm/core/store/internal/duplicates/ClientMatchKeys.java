package org.atriumcrm.core.store.internal.duplicates;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.atriumcrm.core.api.Client;
import org.atriumcrm.core.api.ClientDraft;
import org.atriumcrm.core.quality.ClientMatching;
import org.atriumcrm.core.quality.MatchKey;
import org.atriumcrm.core.quality.MatchKeyTypes;
import org.atriumcrm.core.spi.MatchKeyProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The match keys stored for a client: core/quality's and those of every installed module's
 * {@link MatchKeyProvider}. A provider that fails or names a key type badly is left out with a
 * warning, so a faulty module never blocks a client write.
 */
@Component(service = ClientMatchKeys.class)
public class ClientMatchKeys {

    private static final Logger LOG = LoggerFactory.getLogger(ClientMatchKeys.class);
    private static final Pattern KEY_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (MatchKey.MAX_TYPE_LENGTH - 1) + "}");

    private final ClientMatching matching;
    private final List<MatchKeyProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public ClientMatchKeys(@Reference ClientMatching matching) {
        this.matching = matching;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(MatchKeyProvider provider) {
        providers.add(provider);
    }

    void removeProvider(MatchKeyProvider provider) {
        providers.remove(provider);
    }

    public Set<MatchKey> of(Client client) {
        return of(client.toDraft());
    }

    public Set<MatchKey> of(ClientDraft draft) {
        Set<MatchKey> keys = new TreeSet<>(matching.keysOf(draft));
        for (MatchKeyProvider provider : providers) {
            keys.addAll(providedKeys(provider, draft));
        }
        return keys;
    }

    private static Set<MatchKey> providedKeys(MatchKeyProvider provider, ClientDraft draft) {
        try {
            String type = provider.keyType();
            if (type == null || !KEY_TYPE.matcher(type).matches() || MatchKeyTypes.CORE.contains(type)) {
                LOG.warn("Match key provider {} names the key type {}: its keys are left out", provider, type);
                return Set.of();
            }
            Set<MatchKey> keys = new TreeSet<>();
            for (String value : provider.keysOf(draft)) {
                if (value != null && !value.isBlank()) {
                    keys.add(new MatchKey(type, value.strip()));
                }
            }
            return keys;
        } catch (RuntimeException e) {
            LOG.warn("Match key provider {} failed; its keys are left out", provider, e);
            return Set.of();
        }
    }
}
