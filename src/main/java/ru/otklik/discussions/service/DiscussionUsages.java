package ru.otklik.discussions.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.repository.DiscussionRepository;
import ru.otklik.organisations.OrganisationUsage;

/** Discussions keep the organisation that owns them: asked in the directory's transaction. */
@ApplicationScoped
public class DiscussionUsages implements OrganisationUsage {

    private final DiscussionRepository discussions;

    public DiscussionUsages(DiscussionRepository discussions) {
        this.discussions = discussions;
    }

    @Override
    public Uni<Boolean> usesOrganisation(long organisationId) {
        return discussions.usesOrganisation(organisationId);
    }
}
