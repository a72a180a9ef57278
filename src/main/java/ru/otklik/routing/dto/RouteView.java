package ru.otklik.routing.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.organisations.dto.OrganisationView;

@Schema(name = "Route", description = "Who will handle an appeal of this category from this place, and by which rule",
        requiredProperties = { "organisation", "rule" })
public record RouteView(OrganisationView organisation, RoutingRuleView rule) {
}
