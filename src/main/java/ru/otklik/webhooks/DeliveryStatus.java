package ru.otklik.webhooks;

/** Where a delivery stands: queued or being retried, delivered (2xx), or given up. */
public enum DeliveryStatus {
    PENDING,
    SUCCEEDED,
    DEAD
}
