package ru.otklik.shared.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** Which failures mean "the database cannot serve now" (a retryable 503) and which are ours or the caller's. */
class DatabaseFailureShapesTest {

    @Test
    void refusedResetClosedAndTimedOutConnectionsAreAnOutageHoweverWrapped() {
        assertTrue(DatabaseOutage.isUnavailable(new ConnectException("Connection refused")));
        assertTrue(DatabaseOutage.isUnavailable(new CompletionException(new HibernateException(new ConnectException("refused")))));
        assertTrue(DatabaseOutage.isUnavailable(new IOException("Connection reset by peer")));
        assertTrue(DatabaseOutage.isUnavailable(ClosedConnectionException.INSTANCE));
        assertTrue(DatabaseOutage.isUnavailable(new java.util.concurrent.TimeoutException("pool")));
    }

    @Test
    void aServerShuttingDownRecoveringFullOrReadOnlyAfterFailoverIsAnOutage() {
        for (String state : new String[] { "57P01", "57P02", "57P03", "53300", "25006", "08006", "08001" }) {
            assertTrue(DatabaseOutage.isUnavailable(new PgException("x", "FATAL", state, null)), state);
        }
    }

    @Test
    void conflictsBugsAndBadDataAreNot() {
        assertFalse(DatabaseOutage.isUnavailable(new PgException("duplicate key", "ERROR", "23505", null)));
        assertFalse(DatabaseOutage.isUnavailable(new PgException("syntax error", "ERROR", "42601", null)));
        assertFalse(DatabaseOutage.isUnavailable(new PgException("serialization", "ERROR", "40001", null)));
        assertFalse(DatabaseOutage.isUnavailable(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.isUnavailable(new IOException("Stream closed")));
    }
}
