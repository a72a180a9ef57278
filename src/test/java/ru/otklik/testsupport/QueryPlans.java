package ru.otklik.testsupport;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * EXPLAIN of a statement over data made for the occasion: the setup SQL (rows, statistics, settings) runs in a
 * transaction that is rolled back afterwards, so nothing of it stays for other tests.
 */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** A statement to explain: its SQL and parameters. */
    public record Statement(String sql, java.util.List<Object> params) {
    }

    /** The plans of several statements over the same data, made once (it may take a while at volume). */
    public static java.util.List<String> explainAll(Pool pool, String setup, java.util.List<Statement> statements) {
        return pool.withConnection(connection -> connection.begin().chain(transaction -> connection
                .query(setup).execute()
                .chain(() -> io.smallrye.mutiny.Multi.createFrom().iterable(statements)
                        .onItem().transformToUniAndConcatenate(statement -> connection
                                .preparedQuery("explain " + statement.sql()).execute(Tuple.from(statement.params()))
                                .map(QueryPlans::text))
                        .collect().asList())
                .call(transaction::rollback)))
                .await().indefinitely();
    }

    private static String text(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        StringBuilder text = new StringBuilder();
        for (Row row : rows) {
            text.append(row.getString(0)).append('\n');
        }
        return text.toString();
    }

    public static String explain(Pool pool, String setup, String sql, java.util.List<Object> params) {
        return pool.withConnection(connection -> connection.begin().chain(transaction -> connection
                .query(setup).execute()
                .chain(() -> connection.preparedQuery("explain " + sql).execute(Tuple.from(params)))
                .map(rows -> {
                    StringBuilder text = new StringBuilder();
                    for (Row row : rows) {
                        text.append(row.getString(0)).append('\n');
                    }
                    return text.toString();
                })
                .call(transaction::rollback)))
                .await().indefinitely();
    }
}
