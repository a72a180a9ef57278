package ru.otklik.dev;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Gives dev mode and tests everything they need with no manual step and no container:
 * <ul>
 * <li>a real PostgreSQL (embedded, one per JVM) when no {@code quarkus.datasource.reactive.url} is configured;</li>
 * <li>an in-memory token signing key whose public half the OIDC resource server trusts, when neither
 * {@code quarkus.oidc.auth-server-url} nor {@code quarkus.oidc.public-key} is configured.</li>
 * </ul>
 * In any other profile it contributes nothing (the production artifact does not even contain the embedded
 * PostgreSQL library, a {@code provided} dependency), and a production start without a database URL stops with
 * one line saying what to set.
 */
public final class DevServicesConfigSourceFactory implements ConfigSourceFactory {

    static final String DEV_ISSUER = "https://dev.otklik.local/issuer";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!profiles.contains("dev") && !profiles.contains("test")) {
            requireDatabaseWhenRunning(context);
            return List.of();
        }
        Map<String, String> properties = new HashMap<>();
        if (isAbsent(context, "quarkus.datasource.reactive.url")) {
            int port = EmbeddedDatabase.port();
            properties.put("quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/postgres");
            properties.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres");
            properties.put("quarkus.datasource.username", EmbeddedDatabase.USER);
            properties.put("quarkus.datasource.password", EmbeddedDatabase.PASSWORD);
        }
        if (isAbsent(context, "quarkus.oidc.auth-server-url") && isAbsent(context, "quarkus.oidc.public-key")) {
            DevSigningKey key = DevSigningKey.get();
            properties.put("quarkus.oidc.public-key", key.publicKeyBase64());
            properties.put("quarkus.oidc.token.issuer", DEV_ISSUER);
            properties.put(DevSigningKey.PRIVATE_KEY_PROPERTY, key.privateKeyBase64());
        }
        return List.of(new PropertiesConfigSource(properties, "otklik-dev-services", 200));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(200);
    }

    /**
     * A production start without a database fails at once with one line that says what to set, rather than with a
     * datasource stack trace. Building the application (no URL there, by design) is left alone.
     */
    private static void requireDatabaseWhenRunning(ConfigSourceContext context) {
        boolean building = DevServicesConfigSourceFactory.class.getClassLoader()
                .getResource("io/quarkus/deployment/QuarkusAugmentor.class") != null;
        if (!building && isAbsent(context, "quarkus.datasource.reactive.url")) {
            throw new IllegalStateException("No database configured: set QUARKUS_DATASOURCE_REACTIVE_URL="
                    + "postgresql://<host>:5432/<database> with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
        }
    }

    private static boolean isAbsent(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank();
    }
}
