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
