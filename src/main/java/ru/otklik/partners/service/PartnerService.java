package ru.otklik.partners.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.partners.Partner;
import ru.otklik.partners.dto.PartnerInput;
import ru.otklik.partners.dto.PartnerView;
import ru.otklik.partners.repository.PartnerQueries;
import ru.otklik.partners.repository.PartnerRepository;
import ru.otklik.partners.dto.PartnerAudit;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.events.AuditTrail;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;

/**
 * The partner registry, managed by platform administrators: which OIDC client is which partner, which organisations
 * (with their subtrees) it acts for, and its rate limit. What a partner may see is {@link PartnerScopes}' answer.
 */
@ApplicationScoped
public class PartnerService {

    private static final Logger LOG = Logger.getLogger(PartnerService.class);
    private static final String KIND = "partner";

    private final PartnerRepository repository;
    private final PartnerQueries queries;
    private final OrganisationService organisations;
    private final PartnerScopes scopes;
    private final AuditTrail audit;

    public PartnerService(PartnerRepository repository, PartnerQueries queries, OrganisationService organisations,
            PartnerScopes scopes, AuditTrail audit) {
        this.repository = repository;
        this.queries = queries;
        this.organisations = organisations;
        this.scopes = scopes;
        this.audit = audit;
    }

    public Uni<Page<PartnerView>> list(PageRequest page) {
        return queries.list(page);
    }

    public Uni<PartnerView> get(long id) {
        return queries.findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    @WithTransaction
    public Uni<Long> create(PartnerInput input, String adminOid) {
        Partner partner = new Partner();
        partner.createdAt = Instant.now();
        return check(null, input)
                .chain(() -> {
                    apply(partner, input);
                    return repository.persist(partner);
                })
                .chain(() -> repository.replaceOrganisations(partner.id, input.organisationIds()))
                .chain(() -> audit.record(admin(adminOid), "partner.created", KIND, partner.id, null,
                        audited(partner, input.organisationIds())))
                .invoke(() -> LOG.infof("Partner %d (client %s) registered by %s", partner.id, partner.clientId, adminOid))
                .map(ignored -> partner.id);
    }

    @WithTransaction
    public Uni<Long> update(long id, PartnerInput input, String adminOid) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .call(() -> check(id, input))
                .chain(partner -> {
                    scopes.forget(partner.clientId);
                    PartnerAudit before = audited(partner, Set.of());
                    apply(partner, input);
                    return repository.flush()
                            .chain(() -> repository.replaceOrganisations(id, input.organisationIds()))
                            .chain(previous -> audit.record(admin(adminOid), "partner.updated", KIND, id,
                                    withOrganisations(before, previous), audited(partner, input.organisationIds())));
                })
                .invoke(() -> LOG.infof("Partner %d updated by %s", id, adminOid))
                .map(ignored -> id);
    }

    /** Erases the registration with its webhook subscriptions; the partner's tokens then see nothing. */
    @WithTransaction
    public Uni<Void> delete(long id, String adminOid) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .call(partner -> {
                    scopes.forget(partner.clientId);
                    // its organisations would go with it: removed first, so that the trail keeps them
                    return repository.replaceOrganisations(id, Set.of())
                            .chain(previous -> audit.record(admin(adminOid), "partner.deleted", KIND, id,
                                    audited(partner, previous), null))
                            .chain(() -> repository.delete(partner));
                })
                .invoke(() -> LOG.infof("Partner %d deleted by %s", id, adminOid))
                .replaceWithVoid();
    }

    /** A client id registered once; organisations that exist. */
    private Uni<Void> check(Long selfId, PartnerInput input) {
        List<Violation> violations = new ArrayList<>();
        return repository.clientIdTaken(input.clientId(), selfId)
                .invoke(taken -> {
                    if (taken) {
                        throw ApiException.duplicate("clientId", "partner.client-id.duplicate");
                    }
                })
                .chain(() -> organisations.findMissing(input.organisationIds()))
                .invoke(missing -> {
                    missing.stream().sorted().forEach(organisationId -> violations.add(
                            new Violation("organisationIds", "partner.organisation.not-found", Long.toString(organisationId))));
                    if (!violations.isEmpty()) {
                        throw ApiException.invalid(violations);
                    }
                })
                .replaceWithVoid();
    }

    private static void apply(Partner partner, PartnerInput input) {
        partner.clientId = input.clientId();
        partner.displayName = input.displayName();
        partner.requestsPerMinute = input.requestsPerMinute();
        partner.active = input.active() == null || input.active();
        partner.updatedAt = Instant.now();
    }

    private static AuditTrail.Actor admin(String oid) {
        return new AuditTrail.Actor(oid, PlatformRole.ADMIN_NAME);
    }

    private static PartnerAudit audited(Partner partner, Set<Long> organisationIds) {
        return new PartnerAudit(partner.clientId, partner.displayName, partner.requestsPerMinute, partner.active,
                organisationIds.stream().sorted().toList());
    }

    private static PartnerAudit withOrganisations(PartnerAudit audited, Set<Long> organisationIds) {
        return new PartnerAudit(audited.clientId(), audited.displayName(), audited.requestsPerMinute(),
                audited.active(), organisationIds.stream().sorted().toList());
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("partner.not-found", Long.toString(id));
    }
}
