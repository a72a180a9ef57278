package ru.otklik.organisations;

import io.smallrye.mutiny.Uni;

/**
 * Implemented by features that refer to organisations (routing rules, appeals, ...). An organisation that any
 * of them uses has history: deleting it deactivates it instead of erasing it.
 */
public interface OrganisationUsage {

    Uni<Boolean> usesOrganisation(long organisationId);
}
