package ru.otklik.stats.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;
import ru.otklik.stats.dto.StatsAccess;
import ru.otklik.stats.dto.StatsRequest;

/**
 * Who sees which statistics: moderators and administrators everything; an official (OFFICIAL or ORG_ADMIN) the full
 * figures of the subtrees of the organisations they act for, and no other organisation's; anyone else public
 * aggregates. The directory decides what a subtree is.
 */
@ApplicationScoped
public class StatsAudiences {

    /** The caller's access, and for an official the organisations it covers. */
    public record Audience(StatsAccess access, List<Long> organisationIds) {

        static final Audience PUBLIC = new Audience(StatsAccess.PUBLIC, null);
        static final Audience EVERYTHING = new Audience(StatsAccess.EVERYTHING, null);
    }

    private final OrganisationService organisations;

    public StatsAudiences(OrganisationService organisations) {
        this.organisations = organisations;
    }

    public Uni<Audience> of(Caller caller) {
        if (caller.has(PlatformRole.MODERATOR) || caller.has(PlatformRole.ADMIN)) {
            return Uni.createFrom().item(Audience.EVERYTHING);
        }
        if (caller.organisationOids().isEmpty()) {
            return Uni.createFrom().item(Audience.PUBLIC);
        }
        // an organisation unknown to the directory (or deactivated) gives no one more than the public figures
        return organisations.findByEsiaOids(caller.organisationOids())
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(Audience.PUBLIC)
                        : organisations.subtreeIds(found.stream().map(OrganisationView::id).toList())
                                .map(ids -> new Audience(StatsAccess.OWN_ORGANISATIONS, List.copyOf(ids))));
    }

    /**
     * The handling organisations the figures are about: the filter's organisation (with its subtree if asked), which
     * an official may only name inside their own subtrees (403 otherwise); without a filter, an official's own
     * subtrees, and anyone else's any organisation (null).
     */
    public Uni<List<Long>> organisations(StatsRequest request, Audience audience) {
        if (request.organisation() == null) {
            return Uni.createFrom().item(audience.organisationIds());
        }
        long organisation = request.organisation();
        if (audience.access() == StatsAccess.OWN_ORGANISATIONS && !audience.organisationIds().contains(organisation)) {
            return Uni.createFrom().failure(new ApiException(ProblemType.FORBIDDEN, "stats.organisation.outside",
                    Long.toString(organisation)));
        }
        return organisations.subtreeIds(List.of(organisation)).map(tree -> {
            if (tree.isEmpty()) {
                throw ApiException.invalid("organisation", "stats.organisation.unknown", Long.toString(organisation));
            }
            return request.subtree() ? List.copyOf(tree) : List.of(organisation);
        });
    }
}
