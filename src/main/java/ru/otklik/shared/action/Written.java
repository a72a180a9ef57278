package ru.otklik.shared.action;

/** A write's outcome with what the response shows: the resource as the caller sees it now, or null. */
public record Written<V>(Outcome outcome, V body) {
}
