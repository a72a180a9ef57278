package ru.otklik.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Appeals placed on the map, each test in a spot of its own, far from the sample data and from other tests. */
public final class MapAppeals {

    private MapAppeals() {
    }

    /** A point no other test uses: latitudes -60..60, longitudes -170..170, to four decimals. */
    public static double[] spot() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new double[] { Math.round(random.nextDouble(-60, 60) * 10_000) / 10_000.0,
                Math.round(random.nextDouble(-170, 170) * 10_000) / 10_000.0 };
    }

    /** Filed by the citizen (routed in Irkutsk, wherever the point is), not yet moderated. */
    public static long submitted(String citizen, String category, double lat, double lon, String text) {
        Map<String, Object> body = new HashMap<>(Appeals.pothole(text));
        body.put("categoryId", Directory.categoryId(category));
        body.put("location", Map.of("lat", lat, "lon", lon));
        return Appeals.file(citizen, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Filed and registered: on the map unless its category is sensitive. */
    public static long registered(String citizen, String category, double lat, double lon, String text) {
        long id = submitted(citizen, category, lat, lon, text);
        Appeals.register(id);
        return id;
    }

    public static long pothole(String citizen, double lat, double lon) {
        return registered(citizen, "roads.potholes", lat, lon, "Яма на дороге " + Numbers.oid());
    }
}
