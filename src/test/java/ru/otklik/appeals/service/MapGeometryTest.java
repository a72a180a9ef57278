package ru.otklik.appeals.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import ru.otklik.appeals.dto.MapBox;

/** The map's arithmetic without a server: rounding, boxes round circles (poles and the date line), zoom and cells. */
class MapGeometryTest {

    @Test
    void markersAreRoundedToFourDecimalsHalfAwayFromZero() {
        assertEquals(52.2871, MapGeometry.round(52.28705));
        assertEquals(52.287, MapGeometry.round(52.287049));
        assertEquals(-104.2811, MapGeometry.round(-104.28105));
        assertEquals(90.0, MapGeometry.round(89.99996));
    }

    @Test
    void aCircleBoxIsWiderInLongitudeTheFurtherNorth() {
        MapBox equator = MapGeometry.around(0, 0, 1000);
        MapBox irkutsk = MapGeometry.around(52.287, 104.281, 1000);
        assertEquals(0.008993, equator.maxLat() - equator.minLat() / 2 - equator.maxLat() / 2, 1e-6);
        assertTrue(irkutsk.maxLon() - irkutsk.minLon() > 1.6 * (equator.maxLon() - equator.minLon()));
    }

    @Test
    void aCircleRoundAPoleTakesEveryLongitudeAndStopsAtThePole() {
        MapBox pole = MapGeometry.around(90, 0, 1000);
        assertEquals(new MapBox(-180, 90 - 1000 / MapGeometry.METRES_PER_DEGREE, 180, 90), pole);
        MapBox south = MapGeometry.around(-89.999, 10, 5000);
        assertEquals(-90, south.minLat());
        assertEquals(-180, south.minLon());
    }

    @Test
    void aCircleAtTheDateLineIsClippedNotWrapped() {
        MapBox box = MapGeometry.around(0, 180, 1000);
        assertEquals(180, box.maxLon());
        assertTrue(box.minLon() < 180 && box.minLon() > 179.99);
    }

    @Test
    void aZoomFitsTheBoxInFourToEightCells() {
        MapBox city = new MapBox(104.1, 52.2, 104.4, 52.4);
        int zoom = MapGeometry.zoomFor(city);
        double cells = 0.3 / MapGeometry.cell(zoom);
        assertTrue(cells > 4 && cells <= 8, zoom + ": " + cells);
        assertEquals(45.0, MapGeometry.cell(0));
    }
}
