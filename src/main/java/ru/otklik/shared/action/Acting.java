package ru.otklik.shared.action;

/** In which role, and for which organisation if any, a person did something: what the journal keeps of them. */
public record Acting(String role, Long organisationId) {

    /** The platform itself, changing an aggregate because of something else that happened ({@link Writes#bySystem}). */
    public static final Acting SYSTEM = new Acting("SYSTEM", null);
}
