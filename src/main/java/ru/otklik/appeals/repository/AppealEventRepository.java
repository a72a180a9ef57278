package ru.otklik.appeals.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import ru.otklik.appeals.AppealEvent;

@ApplicationScoped
public class AppealEventRepository implements PanacheRepositoryBase<AppealEvent, Long> {
}
