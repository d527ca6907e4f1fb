package org.atriumcrm.core.automation.internal.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void theHeaderCountsOnlyWhenATrustedProxySendsIt() {
        ClientAddress addresses = new ClientAddress("10.0.0.2, 127.0.0.1");
        assertEquals("203.0.113.9", addresses.of("127.0.0.1", "203.0.113.9"));
        assertEquals("198.51.100.7", addresses.of("198.51.100.7", "203.0.113.9"), "anyone may write the header");
        assertEquals("127.0.0.1", addresses.of("127.0.0.1", null));
    }

    @Test
    void theRightmostAddressThatIsNoTrustedProxyIsTheSender() {
        ClientAddress addresses = new ClientAddress("10.0.0.2,127.0.0.1");
        // the client wrote 1.2.3.4 itself; the proxy appended what it saw
        assertEquals("203.0.113.9", addresses.of("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.0.0.2"));
    }

    @Test
    void noTrustedProxiesMeansTheConnection() {
        assertEquals("127.0.0.1", new ClientAddress("").of("127.0.0.1", "203.0.113.9"));
    }
}
