package ru.otklik.shared.config;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

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

    Events events();

    Partners partners();

    Webhooks webhooks();

    Live live();

    Open311 open311();

    Push push();

    Sync sync();

    Wire wire();

    Nearby nearby();

    WriteLimit writeLimit();

    Reference reference();

    VerifiedTokens verifiedTokens();

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

        /** The longest side of the JPEG thumbnail made of a photo (never larger than the photo). */
        @WithDefault("320")
        int thumbnailSize();

        /**
         * Photos with more pixels than this get no thumbnail: the dimensions are read before decoding, so a small file
         * claiming a huge image (a decompression bomb) is never decoded.
         */
        @WithDefault("50000000")
        long thumbnailMaxPixels();
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

        /**
         * How long an instance keeps a year's public summary it has computed: one statement over the whole year's
         * appeals (about 2 s at ten regions' volume), asked by everyone who opens the report page.
         */
        @WithDefault("60S")
        Duration summaryKeepFor();
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

    interface Events {

        /** Outbox rows a follower (webhook fan-out, live streams) reads at once, in commit order. */
        @WithDefault("500")
        int readBatch();
    }

    /** Writes (POST, PUT, PATCH, DELETE) of one signed-in caller, by oid, counted in each instance. */
    interface WriteLimit {

        /** Off: no caller is held to a rate of writes (partners still are, to their calls a minute). */
        @WithDefault("true")
        boolean enabled();

        /** Writes one caller may make at once; after them, this many per {@link #per()}. */
        @WithDefault("30")
        int writes();

        @WithDefault("10S")
        Duration per();
    }

    interface Reference {

        /**
         * How long an instance keeps reference data (the category tree, directory entries) it has read: a change made
         * through another instance is seen here within this time; through this instance, at once.
         */
        @WithDefault("10S")
        Duration keepFor();

        /** The most entries kept per kind of reference data (past it, the copy starts over). */
        @WithDefault("50000")
        int mostEntries();
    }

    interface VerifiedTokens {

        /**
         * How long an instance keeps an access token it has verified (never past the token's expiry): the client's
         * next requests with it are not verified again. A signing key removed from the identity provider stops
         * being accepted within this time plus the JWKS cache's.
         */
        @WithDefault("60S")
        Duration keepFor();

        /** The most tokens kept (past it, the store starts over). */
        @WithDefault("20000")
        int mostEntries();
    }

    interface Partners {

        /** How long an instance keeps what a partner's client may see: changes made elsewhere take this long. */
        @WithDefault("30S")
        Duration scopeCache();
    }

    interface Webhooks {

        /** How often each instance looks for events to enqueue and deliveries that are due. */
        @WithDefault("1S")
        Duration pollInterval();

        /** Deliveries one worker claims at once (one per subscription: a subscription's events go in order). */
        @WithDefault("16")
        int claimBatch();

        /**
         * How long a claimed delivery is a worker's: an instance that dies mid-delivery leaves it to another after
         * this. Longer than the connect and read timeouts together, so that a slow answer is never sent twice.
         */
        @WithDefault("2M")
        Duration lease();

        @WithDefault("5S")
        Duration connectTimeout();

        /** The partner's whole answer must arrive within this. */
        @WithDefault("10S")
        Duration readTimeout();

        Retry retry();

        /** Consecutive dead deliveries after which a subscription is disabled (its status says so). */
        @WithDefault("5")
        int disableAfterDead();

        /**
         * Dev and test only: allow http URLs and hosts that resolve to loopback or private addresses. Production
         * refuses both, when subscribing and again at every delivery (SSRF).
         */
        @WithDefault("false")
        boolean allowInsecureUrls();

        /** How long the previous secret keeps signing after a rotation, unless the rotation says otherwise. */
        @WithDefault("24H")
        Duration rotationOverlap();

        @WithDefault("168H")
        Duration maxRotationOverlap();

        /** Deliveries one replay of a time range queues at most. */
        @WithDefault("1000")
        int maxReplay();
    }

    interface Retry {

        /** The first retry's delay; each next one doubles, with jitter, up to {@link #max()}. */
        @WithDefault("5S")
        Duration initial();

        @WithDefault("6H")
        Duration max();

        /** After this long since the first attempt a failing delivery is dead. */
        @WithDefault("24H")
        Duration giveUpAfter();
    }

    interface Live {

        /** How often each instance reads the outbox for its streams. */
        @WithDefault("1S")
        Duration pollInterval();

        /** A comment line this often keeps idle streams (and the proxies between) open. */
        @WithDefault("15S")
        Duration heartbeat();

        /** Events waiting for one slow client; beyond this the client is dropped (it resumes with Last-Event-ID). */
        @WithDefault("256")
        int buffer();
    }

    interface Open311 {

        /** GET requests without dates covers this many days back (the specification's default). */
        @WithDefault("90")
        int defaultWindowDays();

        /** Requests one GET returns at most. */
        @WithDefault("1000")
        int maxRequests();
    }

    interface Push {

        /** Which provider sends pushes: LOG writes a line per push (dev, test), HTTP posts to a push gateway. */
        @WithDefault("LOG")
        GatewayKind gateway();

        Gateway http();

        /** How often each instance queues pushes from the outbox and sends those that are due. */
        @WithDefault("1S")
        Duration pollInterval();

        /** Pushes one worker claims at once. */
        @WithDefault("32")
        int claimBatch();

        /** How long a claimed push is a worker's; longer than the gateway's timeouts together. */
        @WithDefault("1M")
        Duration lease();

        /** Pushes one device receives at most per {@link #rateWindow()}; the excess is dropped (sync has the truth). */
        @WithDefault("5")
        int maxPerDevice();

        /** Installations one person keeps at most; registering another drops the least recently registered. */
        @WithDefault("10")
        int devicesPerPerson();

        @WithDefault("1M")
        Duration rateWindow();

        Retry retry();

        enum GatewayKind {
            LOG,
            HTTP
        }
    }

    interface Gateway {

        /** Where pushes are posted (required with gateway=HTTP). */
        Optional<URI> url();

        /** Sent as {@code Authorization: Bearer …} (required with gateway=HTTP). */
        Optional<String> secret();

        @WithDefault("5S")
        Duration connectTimeout();

        @WithDefault("10S")
        Duration readTimeout();
    }

    interface Sync {

        /** Changes one sync page returns when the request does not say. */
        @WithDefault("50")
        int defaultLimit();
    }

    /** What goes over the wire to mobile clients and caches: compression and caching of reads. */
    interface Wire {

        /** JSON bodies smaller than this go out uncompressed even when the client accepts gzip (it would not pay). */
        @WithDefault("1K")
        MemorySize compressAbove();

        /** How long clients and shared caches (CDNs) may reuse public data (directory, categories) unasked. */
        @WithDefault("60S")
        Duration publicMaxAge();
    }

    /** The map of appeals near a point and suggestions of what to support instead of filing anew. */
    interface Nearby {

        /** The largest radius of a point search, in metres. */
        @WithDefault("5000")
        int maxRadius();

        /** The largest side of a bounding box, in degrees (a box the size of a region). */
        @WithDefault("5")
        double maxBoxDegrees();

        /** Markers one answer returns at most; beyond this the answer is clusters. */
        @WithDefault("500")
        int maxMarkers();

        /** Suggestions of likely duplicates: how far from the point, and how many at most. */
        @WithDefault("300")
        int similarRadius();

        @WithDefault("10")
        int similarLimit();
    }

    default ZoneId zoneOf(String regionCode) {
        return regionZones().getOrDefault(regionCode, defaultZone());
    }
}
