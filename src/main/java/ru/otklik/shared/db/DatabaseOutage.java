package ru.otklik.shared.db;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import ru.otklik.shared.config.OtklikConfig;

/**
 * Tells a database that cannot serve now (refused, reset mid-query, pool timeout, a server shutting down, a read-only
 * replica after failover) from every other failure, and keeps the log quiet while it lasts: one WARN when the first
 * request fails, one when a probe finds the database back, with the number of requests answered 503 in between.
 * Requests are answered {@code 503 service-unavailable} with {@code Retry-After}; readiness is down meanwhile (the
 * datasource health check).
 */
@ApplicationScoped
public class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    /** SQLSTATEs of a server that cannot serve now: connection exceptions (08), shutdown or recovery, too many connections, read-only. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "25006");
    private static final Duration PROBE_EVERY = Duration.ofSeconds(1);

    private final Pool pool;
    private final Vertx vertx;
    private final Duration retryAfter;
    private final AtomicReference<Instant> since = new AtomicReference<>();
    private final AtomicLong refused = new AtomicLong();

    public DatabaseOutage(Pool pool, Vertx vertx, OtklikConfig config) {
        this.pool = pool;
        this.vertx = vertx;
        this.retryAfter = config.database().retryAfter();
    }

    /** Whether the failure, or any of its causes, means the database cannot serve now. */
    public static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException
                    || cause instanceof ClosedChannelException || cause instanceof TimeoutException
                    || cause instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || UNAVAILABLE_STATES.contains(pg.getSqlState()))) {
                return true;
            }
            if (cause instanceof IOException io && io.getMessage() != null && io.getMessage().contains("Connection reset")) {
                return true;
            }
            String name = cause.getClass().getSimpleName();
            // the reactive pool's own refusals when no connection can be had in time
            if (name.equals("NoStackTraceTimeoutException") || name.equals("ConnectionPoolTooBusyException")) {
                return true;
            }
        }
        return false;
    }

    /** Notes one request refused for want of the database; the first of an outage is logged, with a probe started. */
    public void refused(Throwable failure) {
        refused.incrementAndGet();
        if (since.compareAndSet(null, Instant.now())) {
            LOG.warnf("Database unavailable (%s); answering 503 with Retry-After %d s until it is back",
                    failure.getClass().getSimpleName(), retryAfter.toSeconds());
            vertx.setTimer(PROBE_EVERY.toMillis(), id -> probe());
        }
    }

    /** Seconds a client should wait before retrying. */
    public long retryAfterSeconds() {
        return retryAfter.toSeconds();
    }

    public boolean ongoing() {
        return since.get() != null;
    }

    private void probe() {
        pool.query("select 1").execute().subscribe().with(
                ok -> {
                    Instant start = since.getAndSet(null);
                    long count = refused.getAndSet(0);
                    if (start != null) {
                        LOG.warnf("Database available again after %d s; %d requests were answered 503",
                                Duration.between(start, Instant.now()).toSeconds(), count);
                    }
                },
                failure -> vertx.setTimer(PROBE_EVERY.toMillis(), id -> probe()));
    }
}
