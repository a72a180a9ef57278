package ru.otklik.appeals.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.AppealHistoryEntry;

@ApplicationScoped
public class AppealHistoryRepository implements PanacheRepositoryBase<AppealHistoryEntry, Long> {

    public Uni<List<AppealHistoryEntry>> of(long appealId) {
        return list("appealId = ?1 order by id", appealId);
    }
}
