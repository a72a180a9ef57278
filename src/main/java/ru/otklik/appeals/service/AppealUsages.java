package ru.otklik.appeals.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.repository.AppealRepository;
import ru.otklik.categories.CategoryUsage;
import ru.otklik.organisations.OrganisationUsage;

/** Appeals keep the organisations and categories they name in the directory: asked in the directory's transaction. */
@ApplicationScoped
public class AppealUsages implements OrganisationUsage, CategoryUsage {

    private final AppealRepository appeals;

    public AppealUsages(AppealRepository appeals) {
        this.appeals = appeals;
    }

    @Override
    public Uni<Boolean> usesOrganisation(long organisationId) {
        return appeals.usesOrganisation(organisationId);
    }

    @Override
    public Uni<Boolean> usesCategory(long categoryId) {
        return appeals.usesCategory(categoryId);
    }
}
