package ru.otklik.shared.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the platform itself (everything else is standard Quarkus configuration). Values are typed: a time
 * zone that does not exist or a size that does not parse stops the start-up with the property's name.
 */
@ConfigMapping(prefix = "otklik")
public interface OtklikConfig {

    /** Time zone of each region by its two-digit code: deadlines end at midnight there. */
    Map<String, ZoneId> regionZones();

    /** Time zone of a region missing from {@link #regionZones()}. */
    @WithDefault("Europe/Moscow")
    ZoneId defaultZone();

    Appeals appeals();

    Idempotency idempotency();

    Polls polls();

    interface Appeals {

        /** How long after the answer the author may ask for re-examination. */
        @WithDefault("30")
        int reopenWindowDays();

        Attachments attachments();
    }

    interface Attachments {

        /** The largest file accepted (the HTTP body limit leaves room for the form around it). */
        @WithDefault("10M")
        MemorySize maxSize();

        /** Files per side: the author's with the appeal, the organisation's with the answer. */
        @WithDefault("5")
        int maxPerSide();
    }

    interface Idempotency {

        /** How long a key replays its first outcome. */
        @WithDefault("24H")
        Duration honouredFor();

        /** When a key is forgotten altogether (after it stops being honoured). */
        @WithDefault("48H")
        Duration forgottenAfter();

        @WithDefault("1H")
        Duration purgeEvery();
    }

    interface Polls {

        /** How far in the past a poll may start when it is published (the editor's clock, the network). */
        @WithDefault("1M")
        Duration startGrace();

        /**
         * How often the sweeper records the closing of polls whose end has passed (event {@code poll.closed}) and seals
         * free-text answers (see the README, "Secret ballot"): also the longest a text answer waits to be sealed.
         */
        @WithDefault("30S")
        Duration sweepEvery();

        /** Free-text answers per question in a JSON results response (a random sample; the CSV has them all). */
        @WithDefault("1000")
        int textAnswersShown();
    }

    default ZoneId zoneOf(String regionCode) {
        return regionZones().getOrDefault(regionCode, defaultZone());
    }
}
