package ru.otklik.categories.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.db.TransactionLocks;
import ru.otklik.categories.Category;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, Long> {

    /** The active category and its active ancestors, nearest first; empty when the category is unknown or inactive. */
    public Uni<List<Long>> lineage(long id) {
        return getSession().chain(session -> session.createNativeQuery("""
                with recursive up(id, parent_id, depth) as (
                    select c.id, c.parent_id, 0 from category c where c.id = :id and c.active
                    union all
                    select c.id, c.parent_id, up.depth + 1 from category c join up on c.id = up.parent_id
                    where c.active and up.depth < 32)
                select id from up order by depth""", Long.class)
                .setParameter("id", id)
                .getResultList());
    }

    /** Serialises changes of the category tree, so that two concurrent moves cannot make a cycle. */
    public Uni<Void> lockTree() {
        return TransactionLocks.lock("category-tree");
    }
}
