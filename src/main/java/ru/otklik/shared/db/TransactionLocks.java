package ru.otklik.shared.db;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Named PostgreSQL advisory locks held until the current transaction ends. */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Waits for, then holds, the lock of this name in the current transaction. */
    public static Uni<Void> lock(String name) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:name))) l", Long.class)
                .setParameter("name", name)
                .getSingleResult())
                .replaceWithVoid();
    }
}
