package ru.otklik.categories.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import ru.otklik.categories.Category;
import ru.otklik.categories.CategoryUsage;
import ru.otklik.categories.repository.CategoryQueries;
import ru.otklik.categories.repository.CategoryRepository;
import ru.otklik.categories.dto.CategoryHierarchy;
import ru.otklik.categories.dto.CategoryInput;
import ru.otklik.categories.dto.CategoryView;
import ru.otklik.shared.cache.KeptCopies;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.categories.dto.CategoryAudit;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.events.AuditTrail;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.usage.Usages;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.shared.problem.ProblemType;

/**
 * The category tree: read by everyone, managed by platform administrators. Reads come from the whole tree kept in
 * this instance ({@link KeptCopies}, {@code otklik.reference.keep-for}), read in one statement when it is not kept:
 * nearly every request names a category, and the tree changes a few times a year. A change made here is seen by every
 * reader of this instance as soon as it commits.
 */
@ApplicationScoped
public class CategoryService {

    private static final Logger LOG = Logger.getLogger(CategoryService.class);
    /** Deeper than any real tree: a guard against a cycle the checks on writing should have prevented. */
    private static final int MAX_DEPTH = 32;

    private static final String KIND = "category";

    private final CategoryRepository repository;
    private final CategoryQueries queries;
    private final Instance<CategoryUsage> usages;
    private final KeptCopies<Boolean, CategoryHierarchy> kept;
    private final AuditTrail audit;

    public CategoryService(CategoryRepository repository, CategoryQueries queries, Instance<CategoryUsage> usages,
            OtklikConfig config, AuditTrail audit) {
        this.repository = repository;
        this.queries = queries;
        this.usages = usages;
        this.kept = new KeptCopies<>(config.reference().keepFor(), 1);
        this.audit = audit;
    }

    /** The active categories as a tree, each level alphabetical. */
    public Uni<List<CategoryView>> tree() {
        return hierarchy().map(hierarchy -> toTree(hierarchy.byId().values().stream().filter(CategoryView::active).toList()));
    }

    public Uni<CategoryView> get(long id) {
        return find(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** The category, active or not, or null when there is none. */
    public Uni<CategoryView> find(long id) {
        return hierarchy().map(hierarchy -> hierarchy.find(id));
    }

    /** The whole tree, inactive categories included, for questions about subtrees and topics. */
    public Uni<CategoryHierarchy> hierarchy() {
        return kept.get(Boolean.TRUE, all -> queries.all().map(CategoryHierarchy::of));
    }

    /** The category and its ancestors, nearest first: routing falls back along this chain. Empty if unknown or inactive. */
    public Uni<List<Long>> lineage(long id) {
        return hierarchy().map(hierarchy -> {
            List<Long> chain = new ArrayList<>();
            CategoryView category = hierarchy.find(id);
            while (category != null && category.active() && chain.size() < MAX_DEPTH) {
                chain.add(category.id());
                category = category.parentId() == null ? null : hierarchy.find(category.parentId());
            }
            return List.copyOf(chain);
        });
    }

    /** Which of these ids name no active category; in the caller's write transaction. */
    public Uni<Set<Long>> findMissing(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return repository.list("id in ?1 and active = true", ids).map(found -> {
            Set<Long> missing = new HashSet<>(ids);
            found.forEach(category -> missing.remove(category.id));
            return missing;
        });
    }

    public Uni<Long> create(CategoryInput input, String adminOid) {
        return createCommitted(input, adminOid).invoke(kept::forgetAll);
    }

    public Uni<Long> update(long id, CategoryInput input, String adminOid) {
        return updateCommitted(id, input, adminOid).invoke(kept::forgetAll);
    }

    public Uni<Void> delete(long id, String adminOid) {
        return deleteCommitted(id, adminOid).invoke(kept::forgetAll);
    }

    // The transactions below end (commit) before the public methods above forget the kept tree: a reader in between
    // still sees the old one, none sees it afterwards (a self-invocation is intercepted in Quarkus).

    @WithTransaction
    Uni<Long> createCommitted(CategoryInput input, String adminOid) {
        Category category = new Category();
        return check(null, input)
                .chain(() -> {
                    apply(category, input);
                    return repository.persist(category);
                })
                .chain(() -> audit.record(admin(adminOid), "category.created", KIND, category.id, null, audited(category)))
                .invoke(() -> LOG.infof("Category %d created by %s", category.id, adminOid))
                .map(ignored -> category.id);
    }

    @WithTransaction
    Uni<Long> updateCommitted(long id, CategoryInput input, String adminOid) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .call(category -> Objects.equals(category.parentId, input.parentId())
                        ? check(id, input)
                        : repository.lockTree().chain(() -> check(id, input)))
                .chain(category -> {
                    CategoryAudit before = audited(category);
                    apply(category, input);
                    return audit.record(admin(adminOid), "category.updated", KIND, id, before, audited(category));
                })
                .invoke(() -> LOG.infof("Category %d updated by %s", id, adminOid))
                .map(ignored -> id);
    }

    /**
     * Erases a category nobody refers to; one that organisations, rules or appeals refer to is deactivated.
     * A category with active subcategories is refused: its children would be orphaned.
     */
    @WithTransaction
    Uni<Void> deleteCommitted(long id, String adminOid) {
        return repository.findById(id)
                .onItem().ifNull().failWith(() -> notFound(id))
                .call(() -> repository.count("parentId = ?1 and active = true", id).invoke(children -> {
                    if (children > 0) {
                        throw new ApiException(ProblemType.CONFLICT, "category.in-use");
                    }
                }))
                .chain(category -> used(id).chain(used -> {
                    CategoryAudit before = audited(category);
                    if (used) {
                        category.active = false;
                        LOG.infof("Category %d deactivated by %s", id, adminOid);
                        return audit.record(admin(adminOid), "category.deactivated", KIND, id, before, audited(category));
                    }
                    LOG.infof("Category %d deleted by %s", id, adminOid);
                    return audit.record(admin(adminOid), "category.deleted", KIND, id, before, null)
                            .chain(() -> repository.delete(category));
                }));
    }

    /** Referred to by a deactivated subcategory, or by any other feature. */
    private Uni<Boolean> used(long id) {
        return repository.count("parentId", id).chain(children -> children > 0
                ? Uni.createFrom().item(true)
                : Usages.any(usages, usage -> usage.usesCategory(id)));
    }

    private Uni<Void> check(Long selfId, CategoryInput input) {
        List<Violation> violations = new ArrayList<>();
        return repository.find("code = ?1 and id <> ?2", input.code(), selfId == null ? -1L : selfId).count()
                .invoke(clashes -> {
                    if (clashes > 0) {
                        throw ApiException.duplicate("code", "category.code.duplicate");
                    }
                })
                .chain(() -> input.parentId() == null ? Uni.createFrom().voidItem() : repository.findById(input.parentId())
                        .chain(parent -> {
                            if (parent == null || !parent.active) {
                                violations.add(new Violation("parentId", "category.parent.not-found"));
                                return Uni.createFrom().voidItem();
                            }
                            if (selfId == null) {
                                return Uni.createFrom().voidItem();
                            }
                            return repository.lineage(input.parentId()).invoke(chain -> {
                                if (chain.contains(selfId)) {
                                    violations.add(new Violation("parentId", "category.parent.cycle"));
                                }
                            }).replaceWithVoid();
                        }))
                .invoke(() -> {
                    if (!violations.isEmpty()) {
                        throw ApiException.invalid(violations);
                    }
                });
    }

    private static void apply(Category category, CategoryInput input) {
        category.code = input.code();
        category.name = input.name().strip();
        category.parentId = input.parentId();
        category.deadlineDays = input.deadlineDays();
        category.priority = input.priority();
        category.sensitive = input.sensitive();
    }

    private static AuditTrail.Actor admin(String oid) {
        return new AuditTrail.Actor(oid, PlatformRole.ADMIN_NAME);
    }

    private static CategoryAudit audited(Category category) {
        return new CategoryAudit(category.parentId, category.code, category.name, category.deadlineDays,
                category.priority, category.active);
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("category.not-found", Long.toString(id));
    }

    private static List<CategoryView> toTree(List<CategoryView> categories) {
        Map<Long, List<CategoryView>> byParent = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        categories.forEach(category -> ids.add(category.id()));
        for (CategoryView category : categories) {
            // a child of an inactive parent is not reachable in the tree
            Long parent = category.parentId() != null && ids.contains(category.parentId()) ? category.parentId() : null;
            if (category.parentId() == null || parent != null) {
                byParent.computeIfAbsent(parent, key -> new ArrayList<>()).add(category);
            }
        }
        return level(null, byParent);
    }

    private static List<CategoryView> level(Long parent, Map<Long, List<CategoryView>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .sorted(Comparator.comparing(CategoryView::name).thenComparing(CategoryView::id))
                .map(category -> new CategoryView(category.id(), category.parentId(), category.code(), category.name(),
                        category.deadlineDays(), category.priority(), category.active(), level(category.id(), byParent),
                        category.sensitive()))
                .toList();
    }
}
