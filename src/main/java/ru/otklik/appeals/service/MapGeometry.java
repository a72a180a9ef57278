package ru.otklik.appeals.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

import ru.otklik.appeals.dto.MapBox;

/**
 * The arithmetic of the map, on WGS 84 degrees: a circle's bounding box, the rounding that keeps a marker from
 * pointing at one house, and the grid of clusters. Boxes never wrap the date line (no region of ours spans it): a
 * box is west to east with {@code minLon <= maxLon}.
 */
public final class MapGeometry {

    /** Metres per degree of latitude (and of longitude at the equator), on the mean earth radius. */
    static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;
    /** Four decimals: about 11 m of latitude, a house's width. */
    static final int DECIMALS = 4;

    private MapGeometry() {
    }

    /** The box around a circle, clipped to the earth; a circle round a pole takes every longitude. */
    public static MapBox around(double lat, double lon, int radiusMetres) {
        double dLat = radiusMetres / METRES_PER_DEGREE;
        double minLat = Math.max(-90, lat - dLat);
        double maxLat = Math.min(90, lat + dLat);
        double cos = Math.cos(Math.toRadians(Math.max(Math.abs(minLat), Math.abs(maxLat))));
        double dLon = cos < 1e-9 ? 360 : radiusMetres / (METRES_PER_DEGREE * cos);
        if (dLon >= 180) {
            return new MapBox(-180, minLat, 180, maxLat);
        }
        return new MapBox(Math.max(-180, lon - dLon), minLat, Math.min(180, lon + dLon), maxLat);
    }

    /** A coordinate as markers show it: four decimals, half away from zero. */
    public static double round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /** The side of a cluster cell at a zoom level: a web map tile's width (360° / 2^zoom) cut in eight. */
    public static double cell(int zoom) {
        return 360.0 / (1L << zoom) / 8;
    }

    /** The zoom at which a tile is as wide as the box's longer side (or wider): the box is 4 to 8 cells across. */
    public static int zoomFor(MapBox box) {
        double side = Math.max(box.maxLon() - box.minLon(), box.maxLat() - box.minLat());
        int zoom = 0;
        while (zoom < 20 && cell(zoom + 1) * 8 >= side) {
            zoom++;
        }
        return zoom;
    }
}
