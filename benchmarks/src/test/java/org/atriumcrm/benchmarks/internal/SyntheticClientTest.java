package org.atriumcrm.benchmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;

import org.atriumcrm.core.store.internal.search.SearchKeys;
import org.junit.jupiter.api.Test;

/** The load writes the name keys core writes: a search on the loaded base walks what the API would have stored. */
class SyntheticClientTest {

    @Test
    void nameKeysAreCoresWordAndPairKeys() {
        for (int n = 0; n < 2000; n++) {
            SyntheticClient client = SyntheticClients.client(n);
            Set<String> loaded = client.searchKeys().stream()
                    .filter(key -> key.startsWith("n:") || key.startsWith("m:")).collect(Collectors.toSet());
            assertEquals(SearchKeys.ofName(client.name()), loaded, client.name());
        }
    }
}
