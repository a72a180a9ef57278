package ru.otklik.testsupport;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * A push gateway for tests: a Vert.x HTTP server of its own on a free port that records every push and answers each
 * token with the answers it is told, in turn (then 200 with an empty JSON object).
 */
public final class PushReceiver implements AutoCloseable {

    /** One push as it arrived. */
    public record Received(String authorization, String body) {

        public JsonObject json() {
            return new JsonObject(body);
        }

        public String token() {
            return json().getString("token");
        }

        public String type() {
            return json().getJsonObject("data").getString("eventType");
        }
    }

    /** An answer: a status and a body. */
    public record Answer(int status, String body) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    private HttpServer server;

    public static PushReceiver start() {
        PushReceiver receiver = new PushReceiver();
        receiver.server = receiver.vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    Received push = new Received(request.getHeader("Authorization"), body.toString());
                    receiver.received.add(push);
                    Answer answer = receiver.next(push.token());
                    request.response().setStatusCode(answer.status()).putHeader("content-type", "application/json")
                            .end(answer.body());
                }))
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().join();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/push";
    }

    /** The next answers to pushes for this token, in turn; 200 after them. */
    public void answer(String token, Answer... first) {
        answers.put(token, new ArrayDeque<>(List.of(first)));
    }

    private Answer next(String token) {
        Deque<Answer> queue = answers.get(token);
        synchronized (this) {
            Answer answer = queue == null ? null : queue.poll();
            return answer != null ? answer : new Answer(200, "{}");
        }
    }

    public List<Received> to(String token) {
        return received.stream().filter(push -> token.equals(push.token())).toList();
    }

    /** Waits until the pushes matching {@code which} are at least {@code count}; them, in order of arrival. */
    public List<Received> await(int count, Predicate<Received> which, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Received> matching = received.stream().filter(which).toList();
            if (matching.size() >= count || System.nanoTime() > deadline) {
                return matching;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return matching;
            }
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
