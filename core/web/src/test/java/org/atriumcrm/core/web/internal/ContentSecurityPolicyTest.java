package org.atriumcrm.core.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    private static final String PAGE = """
            <head>
              <script type="importmap">{"imports":{}}</script>
              <script type="module" src="/ui/app.js"></script>
            </head>""";

    @Test
    void onlyTheInlineScriptIsHashedAsTheBrowserHashesIt() {
        // printf '%s' '{"imports":{}}' | openssl dgst -sha256 -binary | base64
        assertEquals(List.of("sha256-URrTy+Il/Nz0lHojVUx275hWqAWhkSF0VsHbUM4/6Hw="), ContentSecurityPolicy.inlineScriptHashes(PAGE));
    }

    @Test
    void thePolicyAllowsTheSiteAndTheHashedScriptButNothingInlineAndNoFrames() {
        String policy = ContentSecurityPolicy.forHomePage(PAGE);
        assertTrue(policy.startsWith("default-src 'self'; "), policy);
        assertTrue(policy.contains("script-src 'self' 'sha256-URrTy+Il/Nz0lHojVUx275hWqAWhkSF0VsHbUM4/6Hw='; "), policy);
        assertTrue(policy.contains("style-src 'self'; "), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
    }
}
