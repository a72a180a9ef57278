package ru.otklik.webhooks;

/** Whether a subscription hears of events and delivers them. */
public enum SubscriptionStatus {
    ACTIVE,
    /** Nothing is enqueued or delivered; re-enabling resumes where it stopped, nothing missed. */
    DISABLED
}
