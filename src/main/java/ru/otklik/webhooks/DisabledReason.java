package ru.otklik.webhooks;

/** Why a subscription is disabled. */
public enum DisabledReason {
    /** Its deliveries died one after another ({@code otklik.webhooks.disable-after-dead} times). */
    DEAD_DELIVERIES,
    /** Its partner or an administrator disabled it. */
    BY_REQUEST
}
