package ru.otklik.appeals.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.dto.SupportEvent;
import ru.otklik.appeals.dto.SupportView;
import ru.otklik.appeals.repository.SupporterQueries;
import ru.otklik.appeals.repository.SupporterRepository;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.shared.action.Acting;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * "Me too": a person supports an open appeal on the map instead of filing the same problem again, once, and may
 * withdraw the support. Outside the appeal's table, through the kit's plain write (one transaction, Idempotency-Key)
 * under the appeal's row lock, so parallel requests of one person leave one row and the count equals the rows. Each
 * change publishes an event to the appeal's organisation and to the supporter, and makes the supporter a follower of
 * the appeal (or no longer one) through the kit: they hear of its events by push and sync while they support it.
 */
@ApplicationScoped
public class AppealSupport {

    public static final String SUPPORTED = "appeal.supported";
    public static final String WITHDRAWN = "appeal.support_withdrawn";
    static final List<String> EVENTS = List.of(SUPPORTED, WITHDRAWN);
    /** Statuses in which an appeal is on the map; it may be supported while it is still open. */
    static final Set<AppealStatus> ON_MAP = Set.of(AppealStatus.REGISTERED, AppealStatus.IN_PROGRESS,
            AppealStatus.REDIRECTED, AppealStatus.ANSWERED, AppealStatus.CLOSED);
    static final Set<AppealStatus> OPEN = Set.of(AppealStatus.REGISTERED, AppealStatus.IN_PROGRESS, AppealStatus.REDIRECTED);

    private static final Logger LOG = Logger.getLogger(AppealSupport.class);

    private final Writes writes;
    private final Appeals appeals;
    private final SupporterRepository repository;
    private final SupporterQueries queries;
    private final CategoryService categories;
    private final CallerResolver callers;

    public AppealSupport(Writes writes, Appeals appeals, SupporterRepository repository, SupporterQueries queries,
            CategoryService categories, CallerResolver callers) {
        this.writes = writes;
        this.appeals = appeals;
        this.repository = repository;
        this.queries = queries;
        this.categories = categories;
        this.callers = callers;
    }

    /** 201 for a new support, 200 for one the person already gave (nothing changes, no event). */
    public Uni<Written<SupportView>> support(WriteRequest request) {
        return change(request, true);
    }

    /** 200 whether or not the person supported it; an event only when they did. */
    public Uni<Written<SupportView>> withdraw(WriteRequest request) {
        return change(request, false);
    }

    private Uni<Written<SupportView>> change(WriteRequest request, boolean support) {
        long id = request.id();
        // the sensitive topics are read before the transaction: it never asks for a second connection
        return categories.hierarchy().chain(tree -> appeals.actor(callers.current()).chain(actor -> writes.write(actor,
                request, null,
                () -> repository.lock(id).chain(appeal -> {
                    admit(actor, appeal, id, support, Set.copyOf(tree.sensitive()));
                    Uni<Boolean> changed = support ? repository.add(id, actor.oid()) : repository.remove(id, actor.oid());
                    return changed.chain(done -> (done ? publish(actor, appeal, support) : Uni.createFrom().voidItem())
                            .map(ignored -> Outcome.unaddressed(support && done ? 201 : 200)));
                }),
                (outcome, caller) -> queries.of(id, caller.oid()))));
    }

    private Uni<Void> publish(AppealActor actor, Appeal appeal, boolean support) {
        int count = appeal.supporters + (support ? 1 : -1);
        appeal.supporters = count;
        LOG.infof("appeal %d: %s by %s, %d supporters", appeal.id, support ? "supported" : "support withdrawn", actor.oid(), count);
        // a supporter hears of the appeal's events as its author does, for as long as they support it
        Uni<Boolean> following = support ? writes.follow(appeals, appeal, actor.oid()) : writes.unfollow(appeals, appeal, actor.oid());
        return following.chain(ignored -> writes.publish(appeals, appeal, support ? SUPPORTED : WITHDRAWN, support ? "SUPPORT" : "WITHDRAW_SUPPORT",
                actor, new Acting("CITIZEN", null), actor.oid(), SupportEvent.of(appeal, count)));
    }

    /** Who may support what: an appeal on the map (or one they see anyway, to be told why not), never their own. */
    private void admit(AppealActor actor, Appeal appeal, long id, boolean support, Set<Long> sensitive) {
        if (appeal == null) {
            throw appeals.notFound(id);
        }
        boolean onMap = appeal.latitude != null && ON_MAP.contains(appeal.status) && !sensitive.contains(appeal.categoryId);
        if (!onMap && !actor.canSee(appeal)) {
            throw appeals.notFound(id);
        }
        if (!support) {
            return;
        }
        if (actor.speaksForApplicant(appeal)) {
            throw new ApiException(ProblemType.CONFLICT, "appeal.support.own");
        }
        if (!onMap) {
            throw new ApiException(ProblemType.CONFLICT, "appeal.support.not-public");
        }
        if (!OPEN.contains(appeal.status)) {
            throw new ApiException(ProblemType.CONFLICT, "appeal.support.closed", appeal.status.name());
        }
    }
}
