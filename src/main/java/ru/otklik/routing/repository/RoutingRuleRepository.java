package ru.otklik.routing.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import ru.otklik.routing.RoutingRule;

/** The write side of routing rules, in the caller's transaction; reads are {@link RoutingQueries}. */
@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, Long> {
}
