package ru.otklik.organisations.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import ru.otklik.categories.CategoryUsage;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.organisations.Organisation;
import ru.otklik.organisations.OrganisationUsage;
import ru.otklik.organisations.Widget;
import ru.otklik.organisations.repository.OrganisationQueries;
import ru.otklik.organisations.repository.OrganisationRepository;
import ru.otklik.organisations.dto.ContactsView;
import ru.otklik.organisations.dto.OrganisationFilter;
import ru.otklik.organisations.dto.OrganisationInput;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.shared.cache.KeptCopies;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.organisations.dto.OrganisationAudit;
import ru.otklik.shared.events.AuditTrail;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.usage.Usages;
import ru.otklik.shared.problem.ApiException.Violation;

/**
 * The organisation directory: reads for everyone, writes for platform administrators. An organisation by id and the
 * organisations of a caller's ESIA org oids are read on most requests (who acts, where an appeal goes, whose it is),
 * so this instance keeps them ({@link KeptCopies}, {@code otklik.reference.keep-for}); a change made here is seen by
 * every reader of this instance as soon as it commits. Lists and searches always ask the database.
 */
@ApplicationScoped
public class OrganisationService implements CategoryUsage {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class);
    private static final String KIND = "organisation";

    private final OrganisationRepository repository;
    private final OrganisationQueries queries;
    private final CategoryService categories;
    private final Instance<OrganisationUsage> usages;
    private final KeptCopies<Long, OrganisationView> byId;
    private final KeptCopies<List<String>, List<OrganisationView>> byEsiaOids;
    private final AuditTrail audit;

    public OrganisationService(OrganisationRepository repository, OrganisationQueries queries, CategoryService categories,
            Instance<OrganisationUsage> usages, OtklikConfig config, AuditTrail audit) {
        this.repository = repository;
        this.queries = queries;
        this.categories = categories;
        this.usages = usages;
        this.byId = new KeptCopies<>(config.reference().keepFor(), config.reference().mostEntries());
        this.byEsiaOids = new KeptCopies<>(config.reference().keepFor(), config.reference().mostEntries());
        this.audit = audit;
    }

    public Uni<Page<OrganisationView>> list(OrganisationFilter filter, PageRequest page) {
        return queries.list(filter, page);
    }

    /** The organisation, inactive ones included (they are history); 404 when there is none. */
    public Uni<OrganisationView> get(long id) {
        return find(id)
                .onItem().ifNull().failWith(() -> ApiException.notFound("organisation.not-found", Long.toString(id)));
    }

    public Uni<Page<OrganisationView>> children(long id, PageRequest page) {
        OrganisationFilter filter = new OrganisationFilter();
        filter.parent = id;
        return get(id).chain(() -> queries.list(filter, page));
    }

    /** Active organisations the given ESIA org oids stand for. */
    public Uni<List<OrganisationView>> findByEsiaOids(List<String> oids) {
        if (oids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return byEsiaOids.get(List.copyOf(oids), queries::findByEsiaOids);
    }

    /** Short names by id, inactive organisations included: for labelling figures. */
    public Uni<Map<Long, String>> shortNames(Collection<Long> ids) {
        return queries.shortNames(ids);
    }

    /** The organisation, or null when there is none. */
    public Uni<OrganisationView> find(long id) {
        return byId.get(id, queries::findById);
    }

    /** These organisations, active or not, in one read; those that do not exist are left out. */
    public Uni<List<OrganisationView>> findByIds(Collection<Long> ids) {
        return queries.findByIds(ids);
    }

    /**
     * The ids of these organisations and of all their subordinates, at any depth (inactive ones included: they keep
     * their history); roots that do not exist are left out. The scope of whoever acts for whole subtrees (officials'
     * statistics, partners).
     */
    public Uni<Set<Long>> subtreeIds(Collection<Long> roots) {
        return queries.subtreeIds(roots);
    }

    /** Which of these ids name no organisation, in the caller's write transaction. */
    public Uni<Set<Long>> findMissing(Set<Long> ids) {
        return repository.findMissing(ids);
    }

    /**
     * Whether the organisation is active and connected (may be handed appeals), in the caller's write transaction;
     * null when there is none.
     */
    public Uni<Boolean> connected(long id) {
        return repository.findById(id)
                .map(organisation -> organisation == null ? null : organisation.active && organisation.connected);
    }

    public Uni<Long> create(OrganisationInput input, String adminOid) {
        return createCommitted(input, adminOid).invoke(this::forgetKept);
    }

    public Uni<Long> update(long id, OrganisationInput input, String adminOid) {
        return updateCommitted(id, input, adminOid).invoke(this::forgetKept);
    }

    public Uni<Void> delete(long id, String adminOid) {
        return deleteCommitted(id, adminOid).invoke(this::forgetKept);
    }

    private void forgetKept() {
        byId.forgetAll();
        byEsiaOids.forgetAll();
    }

    // The transactions below end (commit) before the public methods above forget the kept copies: a reader in between
    // still sees the old entry, none sees it afterwards (a self-invocation is intercepted in Quarkus).

    @WithTransaction
    Uni<Long> createCommitted(OrganisationInput input, String adminOid) {
        Organisation organisation = new Organisation();
        organisation.createdAt = Instant.now();
        return check(null, input)
                .chain(() -> {
                    apply(organisation, input);
                    return repository.persist(organisation);
                })
                .chain(() -> repository.replaceCategories(organisation.id, categoryIds(input)))
                .chain(() -> audit.record(admin(adminOid), "organisation.created", KIND, organisation.id, null,
                        audited(organisation, categoryIds(input))))
                .invoke(() -> LOG.infof("Organisation %d created by %s", organisation.id, adminOid))
                .map(ignored -> organisation.id);
    }

    @WithTransaction
    Uni<Long> updateCommitted(long id, OrganisationInput input, String adminOid) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> ApiException.notFound("organisation.not-found", Long.toString(id)))
                .call(organisation -> Objects.equals(organisation.parentId, input.parentId())
                        ? check(id, input)
                        : repository.lockTree().chain(() -> check(id, input)))
                .chain(organisation -> {
                    OrganisationAudit before = audited(organisation, Set.of());
                    apply(organisation, input);
                    return repository.flush()
                            .chain(() -> repository.replaceCategories(id, categoryIds(input)))
                            .chain(previous -> audit.record(admin(adminOid), "organisation.updated", KIND, id,
                                    withCategories(before, previous), audited(organisation, categoryIds(input))));
                })
                .invoke(() -> LOG.infof("Organisation %d updated by %s", id, adminOid))
                .map(ignored -> id);
    }

    /** Erases an organisation nobody refers to; one with history (children, rules, appeals) is deactivated. */
    @WithTransaction
    Uni<Void> deleteCommitted(long id, String adminOid) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> ApiException.notFound("organisation.not-found", Long.toString(id)))
                .chain(organisation -> hasHistory(id).chain(history -> {
                    OrganisationAudit before = audited(organisation, Set.of());
                    if (history) {
                        organisation.active = false;
                        organisation.updatedAt = Instant.now();
                        LOG.infof("Organisation %d deactivated by %s", id, adminOid);
                        return audit.record(admin(adminOid), "organisation.deactivated", KIND, id, before,
                                audited(organisation, Set.of()));
                    }
                    LOG.infof("Organisation %d deleted by %s", id, adminOid);
                    // its categories would go with it: removed first, so that the trail keeps them
                    return repository.replaceCategories(id, Set.of())
                            .chain(previous -> audit.record(admin(adminOid), "organisation.deleted", KIND, id,
                                    withCategories(before, previous), null))
                            .chain(() -> repository.delete(organisation));
                }));
    }

    @Override
    public Uni<Boolean> usesCategory(long categoryId) {
        return repository.handlesCategory(categoryId);
    }

    private Uni<Boolean> hasHistory(long id) {
        return repository.hasChildren(id).chain(children -> children
                ? Uni.createFrom().item(true)
                : Usages.any(usages, usage -> usage.usesOrganisation(id)));
    }

    /** Every rule that needs the database: unique numbers, an existing parent that is no subordinate, known categories. */
    private Uni<Void> check(Long selfId, OrganisationInput input) {
        List<Violation> violations = new ArrayList<>();
        return repository.findClashes(selfId, input.inn(), input.ogrn(), input.esiaOid())
                .chain(clashes -> {
                    for (Organisation clash : clashes) {
                        if (clash.inn.equals(input.inn())) {
                            throw ApiException.duplicate("inn", "organisation.inn.duplicate");
                        }
                        if (clash.ogrn.equals(input.ogrn())) {
                            throw ApiException.duplicate("ogrn", "organisation.ogrn.duplicate");
                        }
                        throw ApiException.duplicate("esiaOid", "organisation.esia-oid.duplicate");
                    }
                    return checkParent(selfId, input.parentId(), violations);
                })
                .chain(() -> categories.findMissing(categoryIds(input)))
                .invoke(missing -> missing.forEach(categoryId ->
                        violations.add(new Violation("categoryIds", "organisation.category.not-found", Long.toString(categoryId)))))
                .invoke(() -> {
                    if (!violations.isEmpty()) {
                        throw ApiException.invalid(violations);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Void> checkParent(Long selfId, Long parentId, List<Violation> violations) {
        if (parentId == null) {
            return Uni.createFrom().voidItem();
        }
        if (parentId.equals(selfId)) {
            violations.add(new Violation("parentId", "organisation.parent.cycle"));
            return Uni.createFrom().voidItem();
        }
        return repository.findById(parentId).chain(parent -> {
            if (parent == null) {
                violations.add(new Violation("parentId", "organisation.parent.not-found"));
                return Uni.createFrom().voidItem();
            }
            if (selfId == null) {
                return Uni.createFrom().voidItem();
            }
            return repository.isSelfOrDescendant(parentId, selfId).invoke(cycle -> {
                if (cycle) {
                    violations.add(new Violation("parentId", "organisation.parent.cycle"));
                }
            }).replaceWithVoid();
        });
    }

    private static void apply(Organisation organisation, OrganisationInput input) {
        ContactsView contacts = input.contacts() == null ? ContactsView.NONE : input.contacts();
        organisation.kind = input.kind();
        organisation.fullName = input.fullName().strip();
        organisation.shortName = input.shortName().strip();
        organisation.inn = input.inn();
        organisation.ogrn = input.ogrn();
        organisation.esiaOid = input.esiaOid();
        organisation.regionCode = input.regionCode();
        organisation.oktmo = input.oktmo();
        organisation.parentId = input.parentId();
        organisation.verified = input.verified();
        organisation.connected = input.connected();
        organisation.widgets = input.widgets() == null ? new String[0]
                : input.widgets().stream().sorted().map(Widget::name).toArray(String[]::new);
        organisation.phone = contacts.phone();
        organisation.email = contacts.email();
        organisation.website = contacts.website();
        organisation.publicPageUrl = contacts.publicPageUrl();
        organisation.address = input.address() == null ? null : input.address().strip();
        organisation.active = input.active() == null || input.active();
        organisation.updatedAt = Instant.now();
    }

    private static AuditTrail.Actor admin(String oid) {
        return new AuditTrail.Actor(oid, PlatformRole.ADMIN_NAME);
    }

    private static OrganisationAudit audited(Organisation organisation, Set<Long> categoryIds) {
        return new OrganisationAudit(organisation.kind.name(), organisation.fullName, organisation.shortName,
                organisation.inn, organisation.ogrn, organisation.esiaOid, organisation.regionCode, organisation.oktmo,
                organisation.parentId, organisation.verified, organisation.connected, List.of(organisation.widgets),
                organisation.phone, organisation.email, organisation.website, organisation.publicPageUrl,
                organisation.address, organisation.active, categoryIds.stream().sorted().toList());
    }

    private static OrganisationAudit withCategories(OrganisationAudit audited, Set<Long> categoryIds) {
        return new OrganisationAudit(audited.kind(), audited.fullName(), audited.shortName(), audited.inn(),
                audited.ogrn(), audited.esiaOid(), audited.regionCode(), audited.oktmo(), audited.parentId(),
                audited.verified(), audited.connected(), audited.widgets(), audited.phone(), audited.email(),
                audited.website(), audited.publicPageUrl(), audited.address(), audited.active(),
                categoryIds.stream().sorted().toList());
    }

    private static Set<Long> categoryIds(OrganisationInput input) {
        return input.categoryIds() == null ? Set.of() : input.categoryIds();
    }
}
