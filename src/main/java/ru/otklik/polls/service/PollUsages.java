package ru.otklik.polls.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.OrganisationUsage;
import ru.otklik.polls.repository.PollRepository;

/** Polls keep the organisation that owns them: asked in the directory's transaction before it deletes one. */
@ApplicationScoped
public class PollUsages implements OrganisationUsage {

    private final PollRepository polls;

    public PollUsages(PollRepository polls) {
        this.polls = polls;
    }

    @Override
    public Uni<Boolean> usesOrganisation(long organisationId) {
        return polls.usesOrganisation(organisationId);
    }
}
