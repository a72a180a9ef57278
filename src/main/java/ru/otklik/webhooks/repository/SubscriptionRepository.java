package ru.otklik.webhooks.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import ru.otklik.webhooks.WebhookSubscription;

/** The write side of subscriptions as their API changes them, inside the caller's transaction. */
@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, Long> {
}
