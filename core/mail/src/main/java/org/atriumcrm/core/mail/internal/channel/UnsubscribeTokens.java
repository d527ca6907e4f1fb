package org.atriumcrm.core.mail.internal.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.atriumcrm.core.mail.internal.delivery.DeliveryLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Unsubscribe tokens: a delivery's random id and an HMAC-SHA256 of it under the installation's key.
 * The token names no client; only a token Atrium signed is honoured, and it leads to the client
 * through the delivery log.
 */
@Component(service = UnsubscribeTokens.class)
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern DELIVERY_ID = Pattern.compile("[0-9a-f-]{36}");

    private final byte[] key;

    @Activate
    public UnsubscribeTokens(@Reference DeliveryLog log) {
        byte[] candidate = new byte[32];
        new SecureRandom().nextBytes(candidate);
        this.key = log.signingKey(candidate);
    }

    public String token(String deliveryId) {
        return deliveryId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(deliveryId));
    }

    /** The delivery a token signed by this installation names; empty for anything else. */
    public Optional<String> deliveryOf(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0 || !DELIVERY_ID.matcher(token.substring(0, dot)).matches()) {
            return Optional.empty();
        }
        String deliveryId = token.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(sign(deliveryId), given) ? Optional.of(deliveryId) : Optional.empty();
    }

    private byte[] sign(String deliveryId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(("unsubscribe:" + deliveryId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
