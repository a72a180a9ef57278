package ru.otklik.appeals.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;

/**
 * Supporters of appeals, inside write transactions. The appeal's row is locked first, so that supports of one appeal
 * take turns and its count always equals its rows; a support changes the appeal's version (its view shows the count).
 */
@ApplicationScoped
public class SupporterRepository {

    /** The appeal, row-locked until the transaction ends; null when there is none. */
    public Uni<Appeal> lock(long id) {
        return Panache.getSession().chain(session -> session.find(Appeal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Adds the person's support; false when they already support it (the row exists). Under the appeal's lock. */
    public Uni<Boolean> add(long appealId, String oid) {
        return change(appealId, oid, """
                insert into appeal_supporter (appeal_id, supporter_oid, created_at) values (:appeal, :oid, now())
                on conflict (appeal_id, supporter_oid) do nothing""", 1);
    }

    /** Removes the person's support; false when they did not support it. Under the appeal's lock. */
    public Uni<Boolean> remove(long appealId, String oid) {
        return change(appealId, oid, "delete from appeal_supporter where appeal_id = :appeal and supporter_oid = :oid", -1);
    }

    private Uni<Boolean> change(long appealId, String oid, String sql, int delta) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("appeal", appealId).setParameter("oid", oid).executeUpdate()
                .chain(rows -> rows == 0 ? Uni.createFrom().item(false) : session.createNativeQuery("""
                        update appeal set supporters = supporters + :delta, version = version + 1 where id = :appeal""")
                        .setParameter("delta", delta).setParameter("appeal", appealId).executeUpdate()
                        .map(ignored -> true)));
    }
}
