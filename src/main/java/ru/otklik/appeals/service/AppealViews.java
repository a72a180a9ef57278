package ru.otklik.appeals.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.dto.AppealFilter;
import ru.otklik.appeals.dto.AppealRecord;
import ru.otklik.appeals.dto.AppealSelection;
import ru.otklik.appeals.dto.AppealSummary;
import ru.otklik.appeals.dto.AppealView;
import ru.otklik.appeals.dto.Applicant;
import ru.otklik.appeals.dto.GeoPoint;
import ru.otklik.appeals.dto.HistoryEntryView;
import ru.otklik.appeals.repository.AppealQueries;
import ru.otklik.appeals.repository.AppealQueries.Stored;
import ru.otklik.appeals.repository.AppealSelections;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.events.JournalEntry;
import ru.otklik.shared.events.Outbox;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * Appeals as callers read them, always as committed, outside any transaction: one appeal, lists, history, and the
 * response of a write. Who sees what is {@link AppealActor}'s decision.
 */
@ApplicationScoped
public class AppealViews {

    private final Appeals appeals;
    private final AppealQueries queries;
    private final AppealSelections selections;
    private final AppealRules rules;
    private final Writes writes;
    private final Outbox outbox;
    private final CallerResolver callers;
    private final CategoryService categories;
    private final OrganisationService organisations;

    public AppealViews(Appeals appeals, AppealQueries queries, AppealSelections selections, AppealRules rules,
            Writes writes, Outbox outbox, CallerResolver callers, CategoryService categories,
            OrganisationService organisations) {
        this.appeals = appeals;
        this.queries = queries;
        this.selections = selections;
        this.rules = rules;
        this.writes = writes;
        this.outbox = outbox;
        this.callers = callers;
        this.categories = categories;
        this.organisations = organisations;
    }

    /** The appeal as the caller may see it: 404 when they may not (or it does not exist). */
    public Uni<AppealView> get(long id) {
        return actor().chain(actor -> visible(id, actor).chain(stored -> view(stored, actor)));
    }

    /**
     * The response of a write, after its commit: the appeal as the caller sees it now. A first write is answered with
     * its result even where it took the appeal out of the caller's sight (an official who redirected it away); a
     * replay shows it only to whoever may still see it, and nothing (the status alone) to anyone else.
     */
    public Uni<AppealView> afterWrite(Outcome outcome, AppealActor actor) {
        return queries.find(outcome.resourceId()).chain(stored -> stored == null
                || outcome.replayed() && !actor.canSee(stored.appeal()) ? Uni.createFrom().nullItem() : view(stored, actor));
    }

    /** The committed appeal with its files if the caller may see it; 404 otherwise. */
    Uni<Stored> visible(long id, AppealActor actor) {
        return queries.find(id).invoke(stored -> {
            if (stored == null || !actor.canSee(stored.appeal())) {
                throw appeals.notFound(id);
            }
        });
    }

    Uni<AppealActor> actor() {
        return appeals.actor(callers.current());
    }

    /**
     * Appeals the caller (of the request, or verified from a token given another way) may see, as readers that take
     * many at once want them: what the caller's default list shows, narrowed by the selection.
     */
    public Uni<List<AppealRecord>> select(Caller caller, AppealSelection selection) {
        return appeals.actor(caller).chain(actor -> selections.select(selection, visibility(null, actor)));
    }

    public Uni<Page<AppealSummary>> list(AppealFilter filter, PageRequest page) {
        return actor().chain(actor -> {
            AppealQueries.Visibility visibility = visibility(filter.scope, actor);
            if (visibility == null) {
                throw new ApiException(ProblemType.FORBIDDEN, "action.forbidden");
            }
            boolean byDue = filter.sort != null ? "due".equals(filter.sort) : "inbox".equals(filter.scope);
            return queries.list(filter, visibility, byDue, page);
        });
    }

    /**
     * Whose appeals a list of this scope shows to this caller; null when the scope is not theirs to ask for. The inbox
     * of a partner's client is that of every organisation of its scope.
     */
    static AppealQueries.Visibility visibility(String scope, AppealActor actor) {
        Caller caller = actor.caller();
        boolean enters = caller.has(PlatformRole.OPERATOR) || caller.partner();
        List<Long> inbox = inbox(actor);
        if (scope == null) {
            return new AppealQueries.Visibility(caller.oid(), enters ? caller.oid() : null, inbox, actor.moderates());
        }
        return switch (scope) {
            case "own" -> new AppealQueries.Visibility(caller.oid(), null, List.of(), false);
            case "entered" -> enters ? new AppealQueries.Visibility(null, caller.oid(), List.of(), false) : null;
            case "inbox" -> inbox.isEmpty() ? null : new AppealQueries.Visibility(null, null, inbox, false);
            default -> actor.moderates() ? new AppealQueries.Visibility(null, null, List.of(), true) : null;
        };
    }

    private static List<Long> inbox(AppealActor actor) {
        if (actor.partnerOrganisationIds().isEmpty()) {
            return actor.organisationIds();
        }
        Set<Long> all = new TreeSet<>(actor.organisationIds());
        all.addAll(actor.partnerOrganisationIds());
        return List.copyOf(all);
    }

    /**
     * The history of an appeal, from the outbox: whole for whoever may see the appeal; an organisation it was
     * redirected away from sees only the steps it took itself.
     */
    public Uni<List<HistoryEntryView>> history(long id) {
        return actor().chain(actor -> queries.find(id).chain(stored -> {
            if (stored == null) {
                throw appeals.notFound(id);
            }
            boolean whole = actor.canSee(stored.appeal());
            boolean people = actor.seesPeople(stored.appeal()) || !whole;
            return outbox.journal(appeals.machine().kind(), id).map(entries -> {
                List<HistoryEntryView> shown = entries.stream()
                        .filter(entry -> whole || entry.actorOrganisationId() != null
                                && actor.organisationIds().contains(entry.actorOrganisationId()))
                        .map(entry -> toView(entry, people))
                        .toList();
                if (shown.isEmpty()) {
                    throw appeals.notFound(id);
                }
                return shown;
            });
        }));
    }

    private Uni<AppealView> view(Stored stored, AppealActor actor) {
        Appeal appeal = stored.appeal();
        Instant now = Instant.now();
        return categories.find(appeal.categoryId).chain(category -> organisations.find(appeal.organisationId)
                .map(organisation -> new AppealView(
                        appeal.id,
                        appeal.number,
                        appeal.status,
                        appeal.channel,
                        new AppealView.Ref(appeal.categoryId, category == null ? null : category.name()),
                        new AppealView.Ref(appeal.organisationId, organisation == null ? null : organisation.shortName()),
                        appeal.text,
                        appeal.address,
                        appeal.latitude == null ? null : new GeoPoint(appeal.latitude, appeal.longitude),
                        appeal.mediaUrl,
                        appeal.oktmo,
                        appeal.priority,
                        appeal.createdAt,
                        appeal.registeredAt,
                        appeal.dueDate,
                        appeal.dueDateProvisional,
                        stored.overdue(),
                        appeal.extended,
                        appeal.reopened,
                        appeal.answeredAt == null ? null : new AppealView.AnswerView(appeal.answerText, appeal.answeredAt),
                        appeal.rating == null ? null : new AppealView.RatingView(appeal.rating, appeal.ratingComment),
                        appeal.rejectionReason == null ? null
                                : new AppealView.RejectionView(appeal.rejectionReason, appeal.rejectionComment, appeal.duplicateOf),
                        appeal.applicantName == null || !(actor.handles(appeal) || actor.enteredIt(appeal) || actor.moderates())
                                ? null : new Applicant(appeal.applicantName, appeal.applicantPhone),
                        stored.attachments().stream().filter(file -> rules.maySeeFile(actor, file.part(), appeal)).toList(),
                        writes.allowedActions(appeals, actor, appeal, now),
                        appeal.version,
                        appeal.supporters)));
    }

    /** A step; without who took it for someone who follows the appeal only as a partner. */
    private static HistoryEntryView toView(JournalEntry entry, boolean people) {
        return new HistoryEntryView(entry.id(), entry.at(), AppealAction.valueOf(entry.action()), entry.actorRole(),
                people ? entry.actorOid() : null, entry.actorOrganisationId(),
                entry.fromStatus() == null ? null : AppealStatus.valueOf(entry.fromStatus()),
                AppealStatus.valueOf(entry.toStatus()), entry.reason(), entry.details());
    }
}
