package ru.otklik.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of its own that the application reaches through a TCP proxy the test can cut: every open connection
 * is reset and new ones are refused until it is restored, as when the server restarts or fails over. Flyway migrates
 * it directly; the reactive pool goes through the proxy.
 */
public class FlakyDatabase implements QuarkusTestResourceLifecycleManager {

    private static volatile Proxy proxy;
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", "off").setServerConfig("timezone", "UTC").start();
            proxy = new Proxy(postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + proxy.port() + "/postgres",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "otklik.database.retry-after", "7S");
    }

    @Override
    public void stop() {
        try {
            proxy.close();
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resets every connection to the database and refuses new ones. */
    public static void cut() {
        proxy.cut();
    }

    public static void restore() {
        proxy.restore();
    }

    private static final class Proxy implements AutoCloseable {

        private final ServerSocket server;
        private final int target;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile boolean refusing;

        Proxy(int target) throws IOException {
            this.target = target;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "flaky-database-proxy");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        void cut() {
            refusing = true;
            open.forEach(Proxy::closeQuietly);
            open.clear();
        }

        void restore() {
            refusing = false;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (refusing) {
                        client.setSoLinger(true, 0);
                        client.close();
                        continue;
                    }
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(upstream);
                    pipe(client, upstream);
                    pipe(upstream, client);
                } catch (IOException e) {
                    // the server socket is closed at the end of the test class
                }
            }
        }

        private void pipe(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[16384];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int read; (read = in.read(buffer)) >= 0;) {
                        out.write(buffer, 0, read);
                    }
                } catch (IOException e) {
                    // one side went away: the other goes too
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }, "flaky-database-pipe");
            thread.setDaemon(true);
            thread.start();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.setSoLinger(true, 0);
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }

        @Override
        public void close() throws IOException {
            cut();
            server.close();
        }
    }
}
