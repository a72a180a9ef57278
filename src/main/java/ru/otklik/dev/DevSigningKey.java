package ru.otklik.dev;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key that signs dev and test tokens. Generated once per JVM and shared across Quarkus class
 * loaders through system properties, so tokens stay valid over live reloads. Exists in dev and test only.
 */
record DevSigningKey(String publicKeyBase64, String privateKeyBase64) {

    static final String PRIVATE_KEY_PROPERTY = "otklik-dev.signing-key";
    private static final String PUBLIC_KEY_PROPERTY = "otklik-dev.public-key";
    private static final Object LOCK = PRIVATE_KEY_PROPERTY.intern();

    static DevSigningKey get() {
        synchronized (LOCK) {
            String privateKey = System.getProperty(PRIVATE_KEY_PROPERTY);
            if (privateKey == null) {
                KeyPair pair = generate();
                Base64.Encoder base64 = Base64.getEncoder();
                System.setProperty(PUBLIC_KEY_PROPERTY, base64.encodeToString(pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE_KEY_PROPERTY, base64.encodeToString(pair.getPrivate().getEncoded()));
            }
            return new DevSigningKey(System.getProperty(PUBLIC_KEY_PROPERTY), System.getProperty(PRIVATE_KEY_PROPERTY));
        }
    }

    static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("The dev signing key is not a valid RSA key", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
