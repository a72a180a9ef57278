package ru.otklik.appeals.dto;

/** A box on the map in WGS 84 degrees, west to east and south to north. */
public record MapBox(double minLon, double minLat, double maxLon, double maxLat) {
}
