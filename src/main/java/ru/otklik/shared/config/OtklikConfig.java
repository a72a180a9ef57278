package ru.otklik.shared.config;

import java.time.ZoneId;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the platform itself (everything else is standard Quarkus configuration). */
@ConfigMapping(prefix = "otklik")
public interface OtklikConfig {

    /** Time zone of each region by its two-digit code: deadlines end at midnight there. */
    Map<String, String> regionZones();

    /** Time zone of a region missing from {@link #regionZones()}. */
    @WithDefault("Europe/Moscow")
    String defaultZone();

    Appeals appeals();

    interface Appeals {
        /** How long after the answer the author may ask for re-examination. */
        @WithDefault("30")
        int reopenWindowDays();
    }

    default ZoneId zoneOf(String regionCode) {
        return ZoneId.of(regionZones().getOrDefault(regionCode, defaultZone()));
    }
}
