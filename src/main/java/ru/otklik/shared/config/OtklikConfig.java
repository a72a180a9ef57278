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

    Database database();

    Discussions discussions();

    Calendar calendar();

    Stats stats();

    Polls polls();

    interface Database {

        /** What a 503 answered while the database is unavailable tells clients to wait before retrying. */
        @WithDefault("5S")
        Duration retryAfter();
    }

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

    interface Discussions {

        /** How long after posting the author may edit a comment. */
        @WithDefault("15M")
        Duration editWindow();

        /** Replies shown inline with each thread of a comment page unless the request asks for another number. */
        @WithDefault("3")
        int repliesInline();
    }

    interface Calendar {

        /** The largest xmlcalendar document accepted (a real year is about 5 KB). */
        @WithDefault("64K")
        MemorySize maxDocumentSize();

        /** A year whose working days (five-day week) fall outside this range is refused as implausible. */
        @WithDefault("240")
        int minWorkingDays();

        @WithDefault("260")
        int maxWorkingDays();

        /**
         * How often an idle instance checks that its copy of the calendar is the committed one (a deadline always
         * checks first): its health and metrics follow a change made through another instance within this time.
         */
        @WithDefault("5M")
        Duration checkEvery();
    }

    interface Stats {

        /** The longest period one statistics request may cover, in years (a bound on the work of one statement). */
        @WithDefault("5")
        int maxRangeYears();

        /**
         * Public figures of a group that pins a single organisation are shown only from this many appeals on; smaller
         * groups are suppressed, so that nobody's own appeal can be picked out.
         */
        @WithDefault("3")
        int smallestPublicGroup();

        /** The most groups one answer may have: a table to read, not an export of every appeal. */
        @WithDefault("10000")
        int maxGroups();
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
