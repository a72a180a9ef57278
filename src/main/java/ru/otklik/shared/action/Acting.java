package ru.otklik.shared.action;

/** In which role, and for which organisation if any, a person did something: what the journal keeps of them. */
public record Acting(String role, Long organisationId) {
}
