package ru.otklik.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real identity provider of the end-to-end tests: the local Keycloak of {@code tools/keycloak/keycloak.sh}, with
 * the realm of {@code src/main/keycloak/otklik-realm.json}. One already started from this working tree is reused
 * (and left running); otherwise one is started on free ports, so that test runs of several working trees can share a
 * machine, and stopped afterwards. The API is pointed at it by discovery, requiring the audience {@code otklik-api}.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** The issuer of the realm, for the test helpers ({@link Keycloak}). */
    public static final String ISSUER_PROPERTY = "otklik-test.keycloak.issuer";

    private static final long START_TIMEOUT_MINUTES = 10;

    private boolean startedHere;

    @Override
    public Map<String, String> start() {
        String issuer = run("status", Map.of()).orElseGet(() -> {
            startedHere = true;
            return run("start", Map.of("KEYCLOAK_PORT", freePort(), "KEYCLOAK_MANAGEMENT_PORT", freePort()))
                    .orElseThrow(() -> new IllegalStateException("Keycloak did not start: see the lines of keycloak.sh above"));
        });
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                // the dev signer's settings must not apply: tokens come from this issuer only
                "quarkus.oidc.token.issuer", issuer,
                "quarkus.oidc.public-key", "",
                "quarkus.oidc.token.audience", "otklik-api",
                ISSUER_PROPERTY, issuer);
    }

    @Override
    public void stop() {
        if (startedHere) {
            run("stop", Map.of());
        }
    }

    /** Runs the script; its last line of output on success (the issuer), nothing when it fails. */
    private static Optional<String> run(String command, Map<String, String> environment) {
        Path root = projectRoot();
        try {
            Path output = Files.createTempFile("keycloak-" + command, ".out");
            ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("tools/keycloak/keycloak.sh").toString(), command)
                    .directory(root.toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(START_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("keycloak.sh " + command + " did not finish in " + START_TIMEOUT_MINUTES + " minutes");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8).strip();
            Files.delete(output);
            return process.exitValue() == 0 && !printed.isEmpty()
                    ? Optional.of(printed.substring(printed.lastIndexOf('\n') + 1))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("tools/keycloak/keycloak.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("tools/keycloak/keycloak.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
