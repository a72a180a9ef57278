package ru.otklik.partners.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.OrganisationUsage;
import ru.otklik.partners.repository.PartnerRepository;

/** Partners keep the organisations they are registered for: asked in the directory's transaction. */
@ApplicationScoped
public class PartnerUsages implements OrganisationUsage {

    private final PartnerRepository partners;

    public PartnerUsages(PartnerRepository partners) {
        this.partners = partners;
    }

    @Override
    public Uni<Boolean> usesOrganisation(long organisationId) {
        return partners.refersTo(organisationId);
    }
}
