import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the packaged application (prod profile) on one PostgreSQL, load split across them, and the promises
 * that no in-memory state may break: one appeal for 200 filings with one Idempotency-Key, one ballot for 50 parallel
 * ballots of one person, each webhook delivery once, and a live stream on one instance that sees what the other
 * wrote. Run by tools/two-instances/run.sh with the test classpath (embedded PostgreSQL, JDBC driver, Jackson).
 * Prints the figures; exits 1 on any violation.
 */
public class TwoInstances {

    private static final String ISSUER = "https://two-instances.otklik.local/issuer";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();

    private static KeyPair keys;
    private static String[] bases;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/quarkus-app/quarkus-run.jar");
        Path logs = Path.of("target/two-instances");
        Files.createDirectories(logs);
        long begun = System.nanoTime();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200").setServerConfig("timezone", "UTC").start()) {
            int[] ports = { freePort(), freePort() };
            bases = new String[] { "http://localhost:" + ports[0], "http://localhost:" + ports[1] };
            List<Process> instances = new ArrayList<>();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instances.forEach(Process::destroyForcibly)));
            try {
                long starting = System.nanoTime();
                for (int i = 0; i < 2; i++) {
                    instances.add(start(jar, ports[i], postgres.getPort(), logs.resolve("instance-" + "AB".charAt(i) + ".log")));
                }
                for (int i = 0; i < 2; i++) {
                    awaitReady(bases[i], instances.get(i));
                }
                System.out.printf("two instances ready on ports %d and %d in %.1f s (one PostgreSQL on %d)%n", ports[0],
                        ports[1], seconds(starting), postgres.getPort());
                String db = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
                loadSampleData(db);
                run(db);
                shutdown(db, instances.get(1));
            } finally {
                for (Process instance : instances) {
                    instance.destroy();
                }
                for (Process instance : instances) {
                    if (!instance.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
                        instance.destroyForcibly();
                    }
                }
            }
        }
        System.out.printf("total %.1f s%n", seconds(begun));
        if (!VIOLATIONS.isEmpty()) {
            System.out.println("VIOLATIONS:");
            VIOLATIONS.forEach(violation -> System.out.println("  " + violation));
            System.exit(1);
        }
        System.out.println("two instances: OK");
        // the HTTP client's and the receiver's threads would keep the JVM alive
        System.exit(0);
    }

    private static void run(String db) throws Exception {
        String citizen = token(person("1000100002", true, "25701000001", List.of(), List.of()));
        String moderator = token(person("1000100021", true, "25701000001", List.of("MODERATOR"), List.of()));
        String official = token(person("1000100010", true, "25701000001", List.of(),
                List.of(Map.of("oid", "1000038001", "role", "OFFICIAL"))));
        Map<String, Object> partnerClaims = new LinkedHashMap<>();
        partnerClaims.put("sub", "service-account-irkutsk-city-crm");
        partnerClaims.put("azp", "irkutsk-city-crm");
        partnerClaims.put("client_id", "irkutsk-city-crm");
        partnerClaims.put("roles", List.of("PARTNER"));
        String partner = token(partnerClaims);

        // a receiver counting deliveries per webhook-id, subscribed through instance A
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        Map<String, String> typesById = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            deliveries.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            typesById.put(id, JSON.readTree(body).path("type").asText());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();
        HttpResponse<String> subscribed = send(0, "POST", "/api/v1/webhooks", partner,
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "eventTypes", List.of("appeal.*")),
                null);
        expect(subscribed, 201, "webhook subscription");

        // a moderator's live stream on instance A
        List<JsonNode> streamed = new CopyOnWriteArrayList<>();
        HttpRequest streamRequest = HttpRequest.newBuilder(URI.create(bases[0] + "/api/v1/events/stream"))
                .header("Authorization", "Bearer " + moderator).header("Accept", "text/event-stream").build();
        var stream = HTTP.sendAsync(streamRequest, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            if (response.statusCode() != 200) {
                VIOLATIONS.add("live stream on A answered " + response.statusCode());
                return;
            }
            response.body().filter(line -> line.startsWith("data:")).forEach(line -> {
                try {
                    streamed.add(JSON.readTree(line.substring(5).trim()));
                } catch (IOException e) {
                    VIOLATIONS.add("unreadable stream message " + line);
                }
            });
        });
        Thread.sleep(1500);

        // 1. 200 filings with one Idempotency-Key, alternating between the instances, 32 at a time
        long category = categoryId("roads.potholes");
        Map<String, Object> appeal = pothole(category, "Яма на проезжей части у дома 12, повторная подача");
        String key = "two-instances-" + UUID.randomUUID();
        Outcomes filings = inParallel(200, 32, i -> send(i % 2, "POST", "/api/v1/appeals", citizen, appeal, key));
        Set<String> filedIds = filings.values("id");
        int appeals = count(db, "select count(*) from appeal where author_oid = ?", "1000100002");
        System.out.printf("filings: 200 requests with one Idempotency-Key, 32 at a time over A and B, in %.2f s: %s, "
                + "%d replayed, %d retried after 429/503; appeal ids answered %s; appeals in the database: %d%n",
                filings.seconds, filings.statuses, filings.replayed.get(), filings.retries.get(), filedIds, appeals);
        if (appeals != 1 || filedIds.size() != 1 || !filings.statuses.keySet().equals(Set.of(201))) {
            VIOLATIONS.add("filings: " + appeals + " appeals, ids " + filedIds + ", statuses " + filings.statuses);
        }
        long appealId = Long.parseLong(filedIds.iterator().next());

        // 2. 50 ballots of one person on one poll at once, alternating between the instances
        long poll = openPoll();
        Map<String, Object> ballot = Map.of("answers", List.of(Map.of("questionId", 1, "optionIds", List.of(2))));
        Outcomes ballots = inParallel(50, 50, i -> send(i % 2, "POST", "/api/v1/polls/" + poll + "/ballots", citizen, ballot,
                null));
        int participants = count(db, "select count(*) from poll_participation where poll_id = ?", poll);
        int tallied = count(db, "select coalesce(sum(votes), 0)::int from poll_tally where poll_id = ? and question_id = 1 "
                + "and choice = 2", poll);
        System.out.printf("ballots: 50 of one person on one poll at once over A and B, in %.2f s: %s; participations: %d, "
                + "votes counted: %d%n", ballots.seconds, ballots.statuses, participants, tallied);
        if (participants != 1 || tallied != 1 || ballots.statuses.getOrDefault(201, 0) != 1
                || ballots.statuses.getOrDefault(409, 0) != 49) {
            VIOLATIONS.add("ballots: " + participants + " participations, " + tallied + " votes, statuses " + ballots.statuses);
        }

        // 3. appeals filed, registered and taken through alternating instances; the partner hears of each step once
        int more = 20;
        List<Long> ids = new ArrayList<>(List.of(appealId));
        Outcomes filed = inParallel(more, 8, i -> send(i % 2, "POST", "/api/v1/appeals", citizen,
                pothole(category, "Разрушенный бордюр у остановки, обращение номер " + i), null));
        filed.values("id").forEach(id -> ids.add(Long.parseLong(id)));
        // the main appeal is moderated through B: the stream on A must see it
        Outcomes moderated = inParallel(ids.size(), 8, i -> send(i % 2 == 0 ? 1 : 0, "POST",
                "/api/v1/appeals/" + ids.get(i) + "/moderate", moderator, Map.of("decision", "APPROVE"), null));
        Outcomes taken = inParallel(ids.size(), 8, i -> send(i % 2, "POST", "/api/v1/appeals/" + ids.get(i) + "/take",
                official, null, null));
        if (!moderated.statuses.keySet().equals(Set.of(200)) || !taken.statuses.keySet().equals(Set.of(200))
                || !filed.statuses.keySet().equals(Set.of(201))) {
            VIOLATIONS.add("lifecycle: filed " + filed.statuses + ", moderated " + moderated.statuses + ", taken " + taken.statuses);
        }
        int expected = ids.size() * 2; // appeal.registered and appeal.taken of each: the partner's organisation sees them
        long waiting = System.nanoTime();
        while (deliveries.size() < expected && seconds(waiting) < 30) {
            Thread.sleep(200);
        }
        Thread.sleep(3000); // several polling rounds of both instances: a second delivery would arrive now
        int max = deliveries.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
        long doubled = deliveries.values().stream().filter(count -> count.get() > 1).count();
        int total = deliveries.values().stream().mapToInt(AtomicInteger::get).sum();
        Map<String, Integer> byType = new TreeMap<>();
        typesById.values().forEach(type -> byType.merge(type, 1, Integer::sum));
        System.out.printf("webhooks: %d appeals filed, registered and taken over A and B (%d steps); %d deliveries of %d "
                + "events %s in %.1f s, at most %d per webhook-id, %d doubled%n", ids.size(), ids.size() * 3, total,
                deliveries.size(), byType, seconds(waiting), max, doubled);
        if (deliveries.size() != expected || doubled > 0) {
            VIOLATIONS.add("webhooks: " + deliveries.size() + " events delivered of " + expected + ", " + doubled + " doubled");
        }

        // 4. the stream on A saw the events written through B
        long watching = System.nanoTime();
        while (seenOnStream(streamed, appealId, "appeal.registered") == 0 && seconds(watching) < 10) {
            Thread.sleep(200);
        }
        long registeredSeen = ids.stream().filter(id -> seenOnStream(streamed, id, "appeal.registered") > 0).count();
        long throughB = ids.stream().filter(id -> ids.indexOf(id) % 2 == 0).count();
        long throughBSeen = ids.stream().filter(id -> ids.indexOf(id) % 2 == 0)
                .filter(id -> seenOnStream(streamed, id, "appeal.registered") == 1).count();
        System.out.printf("live stream on A: %d events; appeal.registered of %d/%d appeals, of the %d moderated through B: "
                + "%d, each once%n", streamed.size(), registeredSeen, ids.size(), throughB, throughBSeen);
        if (throughBSeen != throughB) {
            VIOLATIONS.add("live stream on A saw " + throughBSeen + " of the " + throughB + " registrations written through B");
        }
        stream.cancel(true);
        receiver.stop(0);
    }

    /**
     * 5. Instance B gets SIGTERM while filings (each with its own key, from its own person) keep coming to it: its
     * readiness must go down while it still answers (so that a load balancer stops sending first), every filing it
     * accepted must be in the database, and a client that files the rest again on A with their keys ends with each
     * appeal exactly once: nothing accepted is lost, nothing is doubled.
     */
    private static void shutdown(String db, Process b) throws Exception {
        int n = 60;
        long category = categoryId("roads.potholes");
        String marker = "Остановка экземпляра " + UUID.randomUUID();
        List<String> keys = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add("shutdown-" + UUID.randomUUID());
            people.add(token(person(String.format("72000000%02d", i), true, "25701000001", List.of(), List.of())));
        }
        Map<Integer, String> acceptedByB = new ConcurrentHashMap<>();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicLong readinessDownAt = new java.util.concurrent.atomic.AtomicLong();
        long begun = System.nanoTime();
        Thread watcher = new Thread(() -> {
            while (true) {
                try {
                    HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(bases[1] + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 503) {
                        readinessDownAt.compareAndSet(0, System.nanoTime());
                    }
                    Thread.sleep(100);
                } catch (IOException | InterruptedException e) {
                    return; // B no longer takes connections
                }
            }
        });
        watcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                Thread.sleep(index * 100L); // six seconds of filings; B is told to stop after one
                try {
                    HttpResponse<String> response = send(1, "POST", "/api/v1/appeals", people.get(index),
                            pothole(category, marker + ", обращение " + index), keys.get(index));
                    outcomes.merge(Integer.toString(response.statusCode()), 1, Integer::sum);
                    if (response.statusCode() == 201) {
                        acceptedByB.put(index, JSON.readTree(response.body()).path("id").asText());
                    } else if (response.statusCode() >= 500 && response.statusCode() != 503) {
                        VIOLATIONS.add("shutdown: B answered " + response.statusCode() + ": " + response.body());
                    }
                } catch (IOException e) {
                    outcomes.merge("refused", 1, Integer::sum);
                }
                return null;
            }));
        }
        Thread.sleep(1000);
        long stopped = System.nanoTime();
        b.destroy();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        if (!b.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            VIOLATIONS.add("shutdown: B did not stop within 60 s of SIGTERM");
        }
        watcher.join(10_000);
        // the client files everything again on A with the same keys: what B accepted is replayed, the rest is filed
        int replayed = 0;
        for (int i = 0; i < n; i++) {
            HttpResponse<String> again = null;
            for (int attempt = 0; attempt < 10; attempt++) {
                again = send(0, "POST", "/api/v1/appeals", people.get(i), pothole(category, marker + ", обращение " + i),
                        keys.get(i));
                if (again.statusCode() != 429 && again.statusCode() != 503) {
                    break;
                }
                Thread.sleep(again.headers().firstValueAsLong("Retry-After").orElse(1) * 1000L);
            }
            String id = JSON.readTree(again.body()).path("id").asText();
            if (again.statusCode() != 201 || acceptedByB.containsKey(i) && !acceptedByB.get(i).equals(id)) {
                VIOLATIONS.add("shutdown: filing " + i + " again on A answered " + again.statusCode() + " id " + id
                        + " (B had answered " + acceptedByB.get(i) + ")");
            }
            if (again.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false)) {
                replayed++;
            }
        }
        int appeals = count(db, "select count(*) from appeal where text like ?", marker + "%");
        double downAfter = readinessDownAt.get() == 0 ? -1 : (readinessDownAt.get() - stopped) / 1e9;
        System.out.printf("shutdown: SIGTERM to B during %d filings over 6 s: readiness down %.1f s after it; B answered %s; "
                + "%d accepted by B, all replayed on A with their keys (%d replays); appeals in the database: %d of %d (%.1f s)%n",
                n, downAfter, new TreeMap<>(outcomes), acceptedByB.size(), replayed, appeals, n, seconds(begun));
        if (readinessDownAt.get() == 0) {
            VIOLATIONS.add("shutdown: B's readiness never answered 503 before B stopped taking connections");
        }
        if (acceptedByB.isEmpty() || replayed < acceptedByB.size() || appeals != n) {
            VIOLATIONS.add("shutdown: " + acceptedByB.size() + " accepted by B, " + replayed + " replayed on A, " + appeals
                    + " appeals of " + n);
        }
    }

    private static long seenOnStream(List<JsonNode> streamed, long appealId, String type) {
        return streamed.stream().filter(event -> type.equals(event.path("type").asText())
                && event.path("aggregate").path("id").asLong() == appealId).count();
    }

    /** Outcomes of many requests: statuses, values of a field, replays, retries and the wall time. */
    private static final class Outcomes {
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final List<JsonNode> bodies = new ArrayList<>();
        final AtomicInteger replayed = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();
        double seconds;

        Set<String> values(String field) {
            Set<String> values = new java.util.TreeSet<>();
            bodies.forEach(body -> {
                if (body.has(field)) {
                    values.add(body.get(field).asText());
                }
            });
            return values;
        }
    }

    private interface Call {
        HttpResponse<String> call(int index) throws Exception;
    }

    /** How long one call retries its 429s and 503s before its last answer counts. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /**
     * {@code n} calls, {@code threads} at a time; a 429 or 503 is retried after its Retry-After, as a client should
     * (rate limits and a database failover are not what this run looks at), and counted. A call keeps trying for up to
     * {@link #PATIENCE}: one person's 200 filings take the write allowance of both instances about 25 s, and a bucket
     * serves whichever thread asks first, so a count of attempts would let an unlucky thread give up.
     */
    private static Outcomes inParallel(int n, int threads, Call call) throws Exception {
        Outcomes outcomes = new Outcomes();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                go.await();
                long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
                while (true) {
                    HttpResponse<String> response = call.call(index);
                    if ((response.statusCode() != 429 && response.statusCode() != 503) || System.nanoTime() > giveUpAt) {
                        return response;
                    }
                    outcomes.retries.incrementAndGet();
                    long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Math.min(wait, 5) * 1000L);
                }
            }));
        }
        go.countDown();
        for (Future<HttpResponse<String>> future : futures) {
            HttpResponse<String> response = future.get();
            synchronized (outcomes) {
                outcomes.statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() >= 500) {
                    VIOLATIONS.add(response.request().method() + " " + response.request().uri() + " answered "
                            + response.statusCode() + ": " + response.body());
                }
                if (response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false)) {
                    outcomes.replayed.incrementAndGet();
                }
                if (response.body() != null && response.body().startsWith("{")) {
                    outcomes.bodies.add(JSON.readTree(response.body()));
                }
            }
        }
        outcomes.seconds = seconds(started);
        pool.shutdown();
        return outcomes;
    }

    private static HttpResponse<String> send(int instance, String method, String path, String token, Object body,
            String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bases[instance] + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + response.statusCode() + " "
                    + response.body());
        }
    }

    private static Map<String, Object> pothole(long category, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categoryId", category);
        body.put("text", text);
        body.put("address", "г. Иркутск, ул. Ленина, 12");
        body.put("location", Map.of("lat", 52.287, "lon", 104.281));
        body.put("oktmo", "25701000001");
        body.put("channel", "MOBILE");
        return body;
    }

    private static long categoryId(String code) throws Exception {
        HttpResponse<String> response = send(0, "GET", "/api/v1/categories", null, null, null);
        expect(response, 200, "categories");
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(response.body()).path("items").forEach(all::add);
        for (int i = 0; i < all.size(); i++) {
            JsonNode node = all.get(i);
            if (code.equals(node.path("code").asText())) {
                return node.path("id").asLong();
            }
            node.path("children").forEach(all::add);
        }
        throw new IllegalStateException("no category " + code);
    }

    private static long openPoll() throws Exception {
        HttpResponse<String> response = send(1, "GET", "/api/v1/polls?limit=100", null, null, null);
        expect(response, 200, "polls");
        for (JsonNode poll : JSON.readTree(response.body()).path("items")) {
            if ("PUBLISHED".equals(poll.path("status").asText())) {
                return poll.path("id").asLong();
            }
        }
        throw new IllegalStateException("no open poll in " + response.body());
    }

    private static int count(String db, String sql, Object parameter) throws Exception {
        try (Connection connection = DriverManager.getConnection(db, "postgres", "postgres");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The dev sample directory, partner and polls (never packaged): what the checks act on. */
    private static void loadSampleData(String db) throws Exception {
        try (Connection connection = DriverManager.getConnection(db, "postgres", "postgres")) {
            for (String file : List.of("R__dev_irkutsk.sql", "R__dev_partners.sql", "R__dev_polls.sql")) {
                connection.createStatement().execute(Files.readString(Path.of("src/main/resources/db/dev", file)));
            }
        }
    }

    private static Process start(Path jar, int port, int databasePort, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://localhost:" + databasePort + "/postgres");
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_OIDC_PUBLIC_KEY", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", ISSUER);
        // the receiver is local and plain http, which production refuses
        env.put("OTKLIK_WEBHOOKS_ALLOW_INSECURE_URLS", "true");
        // followers poll the outbox more often than in production, so the run is short
        env.put("OTKLIK_WEBHOOKS_POLL_INTERVAL", "200MS");
        env.put("OTKLIK_LIVE_POLL_INTERVAL", "200MS");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private static void awaitReady(String base, Process process) throws Exception {
        long started = System.nanoTime();
        while (seconds(started) < 300) {
            if (!process.isAlive()) {
                throw new IllegalStateException(base + " exited with " + process.exitValue() + ": see target/two-instances");
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(base + " not ready after 300 s: see target/two-instances");
    }

    private static Map<String, Object> person(String oid, boolean trusted, String oktmo, List<String> roles,
            List<Map<String, String>> organisations) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", oid);
        claims.put("urn:esia:sbj_id", oid);
        claims.put("trusted", trusted);
        claims.put("name", "Test Person " + oid);
        claims.put("oktmo", oktmo);
        claims.put("roles", roles);
        claims.put("urn:esia:orgs", organisations);
        return claims;
    }

    /** An RS256 token of the run's own issuer, whose public key both instances are configured to trust. */
    private static String token(Map<String, Object> claims) throws Exception {
        Map<String, Object> all = new HashMap<>(claims);
        long now = System.currentTimeMillis() / 1000;
        all.put("iss", ISSUER);
        all.put("iat", now);
        all.put("exp", now + 3600);
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String signed = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(JSON.writeValueAsBytes(all));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(signed.getBytes(StandardCharsets.US_ASCII));
        return signed + "." + url.encodeToString(signature.sign());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
