package ru.otklik.routing.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import ru.otklik.categories.CategoryUsage;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.organisations.OrganisationUsage;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.routing.RoutingRule;
import ru.otklik.routing.repository.RoutingQueries;
import ru.otklik.routing.repository.RoutingRuleRepository;
import ru.otklik.routing.dto.RouteView;
import ru.otklik.routing.dto.RoutingRuleInput;
import ru.otklik.routing.dto.RoutingRuleView;
import ru.otklik.routing.dto.RoutingRuleAudit;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.events.AuditTrail;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.shared.problem.ProblemType;

/**
 * Decides which organisation handles an appeal: the rules of the category itself first, then of its parent, and so
 * on up the tree; among the rules of one category the longest OKTMO prefix that covers the place wins. Rules to
 * organisations that are no longer active or connected are skipped.
 */
@ApplicationScoped
public class RoutingService implements OrganisationUsage, CategoryUsage {

    private static final Logger LOG = Logger.getLogger(RoutingService.class);
    private static final String BY_ID = "i";
    private static final String KIND = "routing_rule";

    private final RoutingRuleRepository repository;
    private final RoutingQueries queries;
    private final CategoryService categories;
    private final OrganisationService organisations;
    private final AuditTrail audit;

    public RoutingService(RoutingRuleRepository repository, RoutingQueries queries, CategoryService categories,
            OrganisationService organisations, AuditTrail audit) {
        this.repository = repository;
        this.queries = queries;
        this.categories = categories;
        this.organisations = organisations;
        this.audit = audit;
    }

    /**
     * The route for this category and place, or a {@code no-route} 404 problem. Reads on the pool, one statement at a
     * time: the category's lineage, the candidate rules, then the organisations until one is connected.
     */
    public Uni<RouteView> route(long categoryId, String oktmo) {
        return categories.lineage(categoryId)
                .chain(lineage -> lineage.isEmpty()
                        ? Uni.createFrom().failure(ApiException.notFound("category.not-found", Long.toString(categoryId)))
                        : queries.candidates(lineage, oktmo).map(rules -> closestFirst(rules, lineage)))
                .chain(rules -> firstConnected(rules, 0))
                .onItem().ifNull().failWith(() -> new ApiException(ProblemType.NO_ROUTE, "routing.no-route",
                        Long.toString(categoryId), oktmo));
    }

    private static List<RoutingRuleView> closestFirst(List<RoutingRuleView> rules, List<Long> lineage) {
        List<RoutingRuleView> ordered = new ArrayList<>(rules);
        // stable sort: within one category the query's longest-prefix-first order stays
        ordered.sort(Comparator.comparingInt(rule -> lineage.indexOf(rule.categoryId())));
        return ordered;
    }

    private Uni<RouteView> firstConnected(List<RoutingRuleView> rules, int index) {
        if (index >= rules.size()) {
            return Uni.createFrom().nullItem();
        }
        RoutingRuleView rule = rules.get(index);
        return organisations.get(rule.organisationId()).chain(organisation -> organisation.active() && organisation.connected()
                ? Uni.createFrom().item(new RouteView(organisation, rule))
                : firstConnected(rules, index + 1));
    }

    public Uni<Page<RoutingRuleView>> list(Long categoryId, Long organisationId, PageRequest page) {
        long after = page.cursor == null ? 0 : Cursor.longPart(Cursor.decode(page.cursor, BY_ID, 1).get(0));
        return queries.page(categoryId, organisationId, after, page.limit + 1)
                .map(rules -> Page.fromRows(rules, page.limit, last -> Cursor.encode(BY_ID, last.id())));
    }

    public Uni<RoutingRuleView> get(long id) {
        return queries.findById(id)
                .onItem().ifNull().failWith(() -> ApiException.notFound("routing.rule.not-found", Long.toString(id)));
    }

    /** Adds a rule to an active, connected organisation; one per category and prefix. */
    @WithTransaction
    public Uni<Long> create(RoutingRuleInput input, String adminOid) {
        String prefix = input.oktmoPrefix() == null ? "" : input.oktmoPrefix();
        List<Violation> violations = new ArrayList<>();
        return categories.findMissing(Set.of(input.categoryId()))
                .invoke(missing -> {
                    if (!missing.isEmpty()) {
                        violations.add(new Violation("categoryId", "routing.category.not-found", Long.toString(input.categoryId())));
                    }
                })
                .chain(() -> organisations.connected(input.organisationId()))
                .invoke(connected -> {
                    if (connected == null) {
                        violations.add(new Violation("organisationId", "routing.organisation.not-found",
                                Long.toString(input.organisationId())));
                    } else if (!connected) {
                        violations.add(new Violation("organisationId", "routing.organisation.not-connected"));
                    }
                    if (!violations.isEmpty()) {
                        throw ApiException.invalid(violations);
                    }
                })
                .chain(() -> repository.count("categoryId = ?1 and oktmoPrefix = ?2", input.categoryId(), prefix))
                .chain(clashes -> {
                    if (clashes > 0) {
                        throw ApiException.duplicate("oktmoPrefix", "routing.rule.duplicate");
                    }
                    RoutingRule rule = new RoutingRule();
                    rule.categoryId = input.categoryId();
                    rule.oktmoPrefix = prefix;
                    rule.organisationId = input.organisationId();
                    rule.createdAt = Instant.now();
                    return repository.persist(rule);
                })
                .call(rule -> audit.record(admin(adminOid), "routing_rule.created", KIND, rule.id, null, audited(rule)))
                .invoke(rule -> LOG.infof("Routing rule %d created by %s", rule.id, adminOid))
                .map(rule -> rule.id);
    }

    @WithTransaction
    public Uni<Void> delete(long id, String adminOid) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> ApiException.notFound("routing.rule.not-found", Long.toString(id)))
                .call(rule -> audit.record(admin(adminOid), "routing_rule.deleted", KIND, id, audited(rule), null))
                .call(repository::delete)
                .invoke(() -> LOG.infof("Routing rule %d deleted by %s", id, adminOid))
                .replaceWithVoid();
    }

    private static AuditTrail.Actor admin(String oid) {
        return new AuditTrail.Actor(oid, PlatformRole.ADMIN_NAME);
    }

    private static RoutingRuleAudit audited(RoutingRule rule) {
        return new RoutingRuleAudit(rule.categoryId, rule.oktmoPrefix, rule.organisationId);
    }

    @Override
    public Uni<Boolean> usesOrganisation(long organisationId) {
        return repository.count("organisationId", organisationId).map(count -> count > 0);
    }

    @Override
    public Uni<Boolean> usesCategory(long categoryId) {
        return repository.count("categoryId", categoryId).map(count -> count > 0);
    }

}
