package ru.otklik.shared.action;

/**
 * What the outbox says about an aggregate after a change: who may see its events besides moderators (the
 * organisation whose officials and partners may, null while none may; the person it belongs to) and the public
 * payload, a record serialised as it is, never personal data.
 */
public record EventFacts(Long organisationId, String subjectOid, Record payload) {
}
