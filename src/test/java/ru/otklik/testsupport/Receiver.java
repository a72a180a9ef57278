package ru.otklik.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A partner's webhook endpoint for tests: a Vert.x HTTP server of its own on a free port that records every request
 * and answers with the statuses it is told, in turn (then 200).
 */
public final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String id, String timestamp, String signature, String body, Instant at) {
    }

    /** An answer: a status and, for a 429, a Retry-After. */
    public record Answer(int status, String retryAfter) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private HttpServer server;
    private int fallback = 200;

    public static Receiver start() {
        Receiver receiver = new Receiver();
        receiver.server = receiver.vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    receiver.received.add(new Received(request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                            request.getHeader("webhook-signature"), body.toString(), Instant.now()));
                    Answer answer = receiver.next();
                    if (answer.retryAfter() != null) {
                        request.response().putHeader("Retry-After", answer.retryAfter());
                    }
                    request.response().setStatusCode(answer.status()).end("received");
                }))
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().join();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/webhooks";
    }

    /** The next answers, in turn; after them, {@code fallback} for every request. */
    public synchronized Receiver answering(int fallbackStatus, Answer... first) {
        answers.clear();
        answers.addAll(List.of(first));
        fallback = fallbackStatus;
        return this;
    }

    private synchronized Answer next() {
        Answer answer = answers.poll();
        return answer != null ? answer : new Answer(fallback, null);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until the requests matching {@code which} are at least {@code count}; them, in order of arrival. */
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

    public List<Received> await(int count, Duration timeout) {
        return await(count, any -> true, timeout);
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
