package org.atriumcrm.core.automation.internal.forms;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a public request came from, for rate limits and the consent record. Behind a reverse
 * proxy every request comes from the proxy, so {@code X-Forwarded-For} is read, but only when the
 * connection comes from a configured trusted proxy: anyone else could write any address there. The
 * header is read from its right end, skipping trusted proxies, so what a client wrote in front of the
 * proxy's entry does not count.
 */
public final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final Set<String> trustedProxies;

    /** @param trustedProxies addresses of proxies, comma-separated, as the connection shows them ({@code 127.0.0.1}) */
    public ClientAddress(String trustedProxies) {
        this.trustedProxies = Arrays.stream(trustedProxies == null ? new String[0] : trustedProxies.split(","))
                .map(String::strip).filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** @param forwardedFor the {@code X-Forwarded-For} header, or null */
    public String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i).length() > 64 ? hops.get(i).substring(0, 64) : hops.get(i);
            }
        }
        return remoteAddress;
    }
}
