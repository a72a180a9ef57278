package ru.otklik.push.service;

import io.smallrye.mutiny.Uni;
import ru.otklik.push.Platform;

/**
 * Where pushes leave the platform: a provider that reaches FCM, HMS, RuStore or APNs (the HTTP push gateway), or the
 * log in dev and test ({@code otklik.push.gateway}). A provider never fails its Uni: what happened is the outcome.
 */
public interface PushGateway {

    Uni<Outcome> send(Message message);

    /**
     * One push: where to (installation, platform, token), the title in the device's language, and what the app opens
     * (the event's type and id, the aggregate, an appeal's public number). Nothing personal: no names, texts or
     * addresses.
     */
    record Message(String installationId, Platform platform, String token, String locale, String title, Data data) {
    }

    record Data(long eventId, String eventType, String aggregateKind, long aggregateId, String number) {
    }

    /** What a try came to; the status code when the provider answered. */
    record Outcome(Verdict verdict, Integer statusCode, String error) {

        public static Outcome sent(int statusCode) {
            return new Outcome(Verdict.SENT, statusCode, null);
        }
    }

    enum Verdict {
        /** Accepted by the provider. */
        SENT,
        /** May pass later: a 5xx, a 429, a timeout, a connection that failed. */
        RETRY,
        /** Will not pass: the provider refused this push. */
        DEAD,
        /** The token is dead (404, 410, or the provider answered "unregistered"): the device is removed. */
        UNREGISTERED
    }
}
