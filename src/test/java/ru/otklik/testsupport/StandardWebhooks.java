package ru.otklik.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's verification of Standard Webhooks signatures, written from the specification and independent of the
 * application's signing code: the HMAC-SHA256 of {@code id.timestamp.body} under the base64 key after
 * {@code whsec_}, compared in constant time with each {@code v1,} signature of the header, and a timestamp within
 * {@link #TOLERANCE_SECONDS} of the receiver's clock (the tolerance the README recommends against replays).
 */
public final class StandardWebhooks {

    public static final long TOLERANCE_SECONDS = 300;

    private StandardWebhooks() {
    }

    public static boolean verifies(String secret, String id, String timestamp, String signatureHeader, String body,
            long nowEpochSeconds) {
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowEpochSeconds - sent) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = hmac(secret, id + "." + timestamp + "." + body);
        for (String signature : signatureHeader.split(" ")) {
            if (signature.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
