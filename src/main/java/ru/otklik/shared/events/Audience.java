package ru.otklik.shared.events;

import java.util.Set;

/**
 * Who a receiver of events is, as the outbox decides who may hear of an event: moderators hear of everything;
 * officials and partners of the events of the organisations they act for ({@code organisation_id}, null while no
 * organisation may see the aggregate); a person of the events of what is theirs ({@code subject_oid}).
 */
public record Audience(boolean all, Set<Long> organisationIds, String subjectOid) {

    public static final Audience NOBODY = new Audience(false, Set.of(), null);

    public static Audience everyone() {
        return new Audience(true, Set.of(), null);
    }

    public boolean hears(PublishedEvent event) {
        return all
                || event.organisationId() != null && organisationIds.contains(event.organisationId())
                || subjectOid != null && subjectOid.equals(event.subjectOid());
    }
}
