package ru.otklik.categories.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.db.TransactionLocks;
import ru.otklik.categories.Category;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, Long> {

    /** The active category and its active ancestors, nearest first, in the caller's write transaction. */
    public Uni<List<Long>> lineage(long id) {
        return getSession().chain(session -> session.createNativeQuery(CategoryQueries.LINEAGE.formatted(":id"), Long.class)
                .setParameter("id", id)
                .getResultList());
    }

    /** Serialises changes of the category tree, so that two concurrent moves cannot make a cycle. */
    public Uni<Void> lockTree() {
        return TransactionLocks.lock("category-tree");
    }
}
