package ru.otklik.shared.action;

/** A representation that carries its aggregate's version: answered with {@code ETag: "<version>"} for If-Match. */
public interface Versioned {

    int version();
}
