package ru.otklik.appeals.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Action;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAttachment;
import ru.otklik.appeals.AppealEvent;
import ru.otklik.appeals.AppealHistoryEntry;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.Channel;
import ru.otklik.appeals.RejectionReason;
import ru.otklik.appeals.repository.AppealEventRepository;
import ru.otklik.appeals.repository.AppealHistoryRepository;
import ru.otklik.appeals.repository.AppealQueries;
import ru.otklik.appeals.repository.AppealRepository;
import ru.otklik.appeals.repository.AttachmentRepository;
import ru.otklik.appeals.rest.Actions;
import ru.otklik.appeals.rest.AppealFilter;
import ru.otklik.appeals.rest.AppealInput;
import ru.otklik.appeals.rest.AppealSummary;
import ru.otklik.appeals.rest.AppealView;
import ru.otklik.appeals.rest.Applicant;
import ru.otklik.appeals.rest.GeoPoint;
import ru.otklik.appeals.rest.HistoryEntryView;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.calendar.WorkingCalendar;
import ru.otklik.organisations.Widget;
import ru.otklik.shared.idempotency.Idempotency.Outcome;
import ru.otklik.categories.CategoryUsage;
import ru.otklik.categories.rest.CategoryView;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.organisations.OrganisationUsage;
import ru.otklik.organisations.rest.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.routing.rest.RouteView;
import ru.otklik.routing.service.RoutingService;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.shared.problem.ProblemType;

/**
 * The life of an appeal. Every change goes through {@link #change}: the appeal is found only if the caller may see
 * it (404 otherwise), the caller's role must permit the action (403), the status must allow it (409 naming the
 * status), an {@code If-Match} version must be current (409), and the change is written with its history row and
 * its event in one transaction, under optimistic locking.
 */
@ApplicationScoped
public class AppealService implements OrganisationUsage, CategoryUsage {

    private static final Logger LOG = Logger.getLogger(AppealService.class);
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final AppealRepository appeals;
    private final AppealHistoryRepository history;
    private final AppealEventRepository events;
    private final AttachmentRepository attachments;
    private final AppealQueries queries;
    private final CategoryService categories;
    private final OrganisationService organisations;
    private final RoutingService routing;
    private final WorkingCalendar calendar;
    private final OtklikConfig config;
    private final ObjectMapper json;

    public AppealService(AppealRepository appeals, AppealHistoryRepository history, AppealEventRepository events,
            AttachmentRepository attachments, AppealQueries queries, CategoryService categories,
            OrganisationService organisations, RoutingService routing, WorkingCalendar calendar, OtklikConfig config,
            ObjectMapper json) {
        this.appeals = appeals;
        this.history = history;
        this.events = events;
        this.attachments = attachments;
        this.queries = queries;
        this.categories = categories;
        this.organisations = organisations;
        this.routing = routing;
        this.calendar = calendar;
        this.config = config;
        this.json = json;
    }

    /** The caller with the directory ids of the organisations they act for. */
    public Uni<AppealActor> actor(Caller caller) {
        return organisations.findByEsiaOids(caller.organisationOids())
                .map(found -> new AppealActor(caller, found.stream().map(OrganisationView::id).toList()));
    }

    // ---- filing ---------------------------------------------------------------------------------------------

    /** What filing needs from the directory, resolved before the transaction opens. */
    public record Filing(CategoryView category, RouteView route, String oktmo) {
    }

    /** Checks who files what and routes it: everything filing reads, outside the write transaction. */
    public Uni<Filing> prepareFiling(AppealActor actor, AppealInput input) {
        Caller caller = actor.caller();
        boolean byOperator = input.channel().enteredByOperator();
        if (byOperator && !caller.has(PlatformRole.OPERATOR)) {
            return Uni.createFrom().failure(new ApiException(ProblemType.FORBIDDEN, "appeal.operator-only"));
        }
        if (!byOperator && !caller.trusted()) {
            return Uni.createFrom().failure(new ApiException(ProblemType.UNTRUSTED_ACCOUNT, "appeal.untrusted"));
        }
        List<Violation> violations = new ArrayList<>();
        if (byOperator && input.applicant() == null) {
            violations.add(new Violation("applicant", "appeal.applicant.required"));
        }
        if (!byOperator && input.applicant() != null) {
            violations.add(new Violation("applicant", "appeal.applicant.not-allowed"));
        }
        String oktmo = input.oktmo() != null ? input.oktmo() : byOperator ? null : caller.oktmo();
        if (oktmo == null || !oktmo.matches("[0-9]{8}([0-9]{3})?")) {
            violations.add(new Violation("oktmo", "appeal.oktmo.required"));
        }
        if (input.channel() == Channel.WIDGET && input.widgetOrganisationId() == null) {
            violations.add(new Violation("widgetOrganisationId", "appeal.widget.required"));
        }
        if (input.channel() != Channel.WIDGET && input.widgetOrganisationId() != null) {
            violations.add(new Violation("widgetOrganisationId", "appeal.widget.not-allowed"));
        }
        return categories.find(input.categoryId())
                .invoke(category -> {
                    if (category == null || !category.active()) {
                        violations.add(new Violation("categoryId", "appeal.category.unknown"));
                    }
                })
                .call(() -> input.widgetOrganisationId() == null ? Uni.createFrom().voidItem()
                        : organisations.find(input.widgetOrganisationId()).invoke(widget -> {
                            if (widget == null || !widget.active() || !widget.widgets().contains(Widget.REPORT_PROBLEM)) {
                                violations.add(new Violation("widgetOrganisationId", "appeal.widget.unknown"));
                            }
                        }))
                .invoke(() -> {
                    if (!violations.isEmpty()) {
                        throw ApiException.invalid(violations);
                    }
                })
                .chain(category -> routing.route(category.id(), oktmo)
                        .onFailure(ApiException.class).transform(e -> ((ApiException) e).type() == ProblemType.NO_ROUTE
                                ? new ApiException(ProblemType.UNROUTABLE, "appeal.unroutable", category.name(), oktmo)
                                : e)
                        .map(route -> new Filing(category, route, oktmo)));
    }

    /** Files the appeal as prepared: numbered, SUBMITTED, with its first history row and event. */
    @WithTransaction
    public Uni<Outcome> file(AppealActor actor, AppealInput input, Filing filing) {
        OrganisationView organisation = filing.route().organisation();
        CategoryView category = filing.category();
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, config.zoneOf(organisation.regionCode()));
        int year = today.getYear();
        Appeal appeal = new Appeal();
        return appeals.nextNumber(organisation.regionCode(), year).chain(sequence -> {
            boolean byOperator = input.channel().enteredByOperator();
            appeal.number = "%s-%d-%06d".formatted(organisation.regionCode(), year, sequence);
            appeal.authorOid = byOperator ? null : actor.oid();
            appeal.enteredByOid = byOperator ? actor.oid() : null;
            appeal.applicantName = byOperator ? input.applicant().name().strip() : null;
            appeal.applicantPhone = byOperator ? input.applicant().phone() : null;
            appeal.channel = input.channel();
            appeal.widgetOrganisationId = input.widgetOrganisationId();
            appeal.categoryId = category.id();
            appeal.organisationId = organisation.id();
            appeal.regionCode = organisation.regionCode();
            appeal.oktmo = filing.oktmo();
            appeal.text = input.text();
            appeal.address = input.address();
            appeal.latitude = input.location() == null ? null : input.location().lat();
            appeal.longitude = input.location() == null ? null : input.location().lon();
            appeal.status = AppealStatus.SUBMITTED;
            appeal.priority = category.priority();
            appeal.deadlineDays = category.deadlineDays();
            appeal.createdAt = now;
            appeal.createdOn = today;
            appeal.updatedAt = now;
            return appeals.persist(appeal);
        })
                .call(() -> record(appeal, actor, Action.SUBMIT, null, null, null,
                        Map.of("organisationId", organisation.id(), "ruleId", filing.route().rule().id())))
                .invoke(() -> LOG.infof("Appeal %s filed by %s via %s, routed to organisation %d", appeal.number,
                        actor.oid(), appeal.channel, appeal.organisationId))
                .map(ignored -> Outcome.of(201, appeal.id));
    }

    // ---- lifecycle ------------------------------------------------------------------------------------------

    @WithTransaction
    public Uni<Outcome> moderate(long id, AppealActor actor, Integer ifMatch, Actions.Moderate body, ProductionCalendar days) {
        return change(id, actor, Action.MODERATE, ifMatch, appeal -> {
            Instant now = Instant.now();
            if (body.decision() == Actions.Decision.APPROVE) {
                if (body.reason() != null || body.duplicateOf() != null) {
                    throw ApiException.invalid("reason", "appeal.reject.fields.not-allowed");
                }
                appeal.registeredAt = now;
                deadline(appeal, days, today(appeal, now), appeal.deadlineDays);
                appeal.status = AppealStatus.REGISTERED;
                return Uni.createFrom().item(new Step(body.comment(), Map.of("dueDate", appeal.dueDate.toString())));
            }
            return checkRejection(appeal, body).map(ignored -> {
                appeal.status = AppealStatus.REJECTED;
                appeal.rejectionReason = body.reason();
                appeal.rejectionComment = body.comment();
                appeal.duplicateOf = body.duplicateOf();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("rejectionReason", body.reason().name());
                if (body.duplicateOf() != null) {
                    details.put("duplicateOf", body.duplicateOf());
                }
                return new Step(body.comment(), details);
            });
        });
    }

    private Uni<Void> checkRejection(Appeal appeal, Actions.Moderate body) {
        if (body.reason() == null) {
            return Uni.createFrom().failure(ApiException.invalid("reason", "appeal.reject.reason.required"));
        }
        if (body.reason() != RejectionReason.DUPLICATE) {
            return body.duplicateOf() == null ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(ApiException.invalid("duplicateOf", "appeal.reject.fields.not-allowed"));
        }
        if (body.duplicateOf() == null) {
            return Uni.createFrom().failure(ApiException.invalid("duplicateOf", "appeal.reject.duplicate-of.required"));
        }
        return appeals.findById(body.duplicateOf()).invoke(original -> {
            if (original == null || original.id.equals(appeal.id)) {
                throw ApiException.invalid("duplicateOf", "appeal.reject.duplicate-of.unknown");
            }
        }).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Outcome> take(long id, AppealActor actor, Integer ifMatch) {
        return change(id, actor, Action.TAKE, ifMatch, appeal -> {
            appeal.status = AppealStatus.IN_PROGRESS;
            appeal.takenByOid = actor.oid();
            return Uni.createFrom().item(new Step(null, Map.of()));
        });
    }

    @WithTransaction
    public Uni<Outcome> answer(long id, AppealActor actor, Integer ifMatch, Actions.Answer body) {
        return change(id, actor, Action.ANSWER, ifMatch, appeal -> {
            appeal.status = AppealStatus.ANSWERED;
            appeal.answerText = body.text();
            appeal.answeredAt = Instant.now();
            appeal.answeredByOid = actor.oid();
            // the answer is the organisation's text; history keeps it, so that a re-examination does not lose it
            return Uni.createFrom().item(new Step(null, Map.of("answer", body.text())));
        });
    }

    @WithTransaction
    public Uni<Outcome> redirect(long id, AppealActor actor, Integer ifMatch, Actions.Redirect body, OrganisationView target) {
        return change(id, actor, Action.REDIRECT, ifMatch, appeal -> {
            if (body.organisationId().equals(appeal.organisationId)) {
                throw ApiException.invalid("organisationId", "appeal.redirect.same");
            }
            if (target == null || !target.active() || !target.connected()) {
                throw ApiException.invalid("organisationId", "appeal.redirect.target");
            }
            Map<String, Object> details = Map.of("fromOrganisationId", appeal.organisationId, "toOrganisationId", target.id());
            appeal.organisationId = target.id();
            appeal.status = AppealStatus.REDIRECTED;
            appeal.takenByOid = null;
            return Uni.createFrom().item(new Step(body.reason(), details));
        });
    }

    /** The organisation a redirect names, read before the transaction opens; null when there is none. */
    public Uni<OrganisationView> redirectTarget(Actions.Redirect body) {
        return organisations.find(body.organisationId());
    }

    /** The production calendar, read before the transaction of an action that sets a deadline. */
    public Uni<ProductionCalendar> calendar() {
        return calendar.calendar();
    }

    @WithTransaction
    public Uni<Outcome> extend(long id, AppealActor actor, Integer ifMatch, Actions.Extend body, ProductionCalendar days) {
        return change(id, actor, Action.EXTEND, ifMatch, appeal -> {
            if (appeal.extended) {
                throw new ApiException(ProblemType.CONFLICT, "appeal.extend.once");
            }
            if (body.days() > appeal.deadlineDays) {
                throw ApiException.invalid("days", "appeal.extend.too-long", appeal.deadlineDays);
            }
            LocalDate previous = appeal.dueDate;
            deadline(appeal, days, previous, body.days());
            appeal.extended = true;
            return Uni.createFrom().item(new Step(body.reason(), Map.of("previousDueDate", previous.toString(),
                    "dueDate", appeal.dueDate.toString(), "days", body.days())));
        });
    }

    @WithTransaction
    public Uni<Outcome> withdraw(long id, AppealActor actor, Integer ifMatch, Actions.Withdraw body) {
        return change(id, actor, Action.WITHDRAW, ifMatch, appeal -> {
            appeal.status = AppealStatus.WITHDRAWN;
            return Uni.createFrom().item(new Step(body == null ? null : body.reason(), Map.of()));
        });
    }

    @WithTransaction
    public Uni<Outcome> rate(long id, AppealActor actor, Integer ifMatch, Actions.Rate body) {
        return change(id, actor, Action.RATE, ifMatch, appeal -> {
            appeal.status = AppealStatus.CLOSED;
            appeal.rating = body.rating().shortValue();
            appeal.ratingComment = body.comment();
            return Uni.createFrom().item(new Step(body.comment(), Map.of("rating", body.rating())));
        });
    }

    @WithTransaction
    public Uni<Outcome> reopen(long id, AppealActor actor, Integer ifMatch, Actions.Reopen body, ProductionCalendar days) {
        return change(id, actor, Action.REOPEN, ifMatch, appeal -> {
            Instant now = Instant.now();
            if (appeal.reopened) {
                throw new ApiException(ProblemType.CONFLICT, "appeal.reopen.once");
            }
            int window = config.appeals().reopenWindowDays();
            if (appeal.answeredAt.plus(Duration.ofDays(window)).isBefore(now)) {
                throw new ApiException(ProblemType.CONFLICT, "appeal.reopen.too-late", window);
            }
            deadline(appeal, days, today(appeal, now), appeal.deadlineDays);
            appeal.status = AppealStatus.IN_PROGRESS;
            appeal.reopened = true;
            appeal.answerText = null;
            appeal.answeredAt = null;
            appeal.answeredByOid = null;
            appeal.rating = null;
            appeal.ratingComment = null;
            return Uni.createFrom().item(new Step(body.reason(), Map.of("dueDate", appeal.dueDate.toString())));
        });
    }

    /** What a change leaves in history besides the statuses. */
    record Step(String reason, Map<String, Object> details) {
    }

    /** The one way an appeal changes; see the class comment. */
    private Uni<Outcome> change(long id, AppealActor actor, Action action, Integer ifMatch, Function<Appeal, Uni<Step>> mutation) {
        return load(id, actor, action, ifMatch).chain(appeal -> {
            AppealStatus from = appeal.status;
            Long actingOrganisation = actor.handles(appeal) ? appeal.organisationId : null;
            return mutation.apply(appeal)
                    .invoke(() -> appeal.updatedAt = Instant.now())
                    .call(step -> record(appeal, actor, action, from, actingOrganisation, step.reason(), step.details()))
                    .call(() -> appeals.flush())
                    .invoke(() -> LOG.infof("Appeal %s: %s by %s, %s -> %s", appeal.number, action.path(), actor.oid(),
                            from, appeal.status))
                    .map(ignored -> Outcome.of(200, appeal.id));
        });
    }

    /** Loads the appeal for an action, or fails: 404 unseen, 403 not the caller's to do, 409 wrong status or version. */
    Uni<Appeal> load(long id, AppealActor actor, Action action, Integer ifMatch) {
        return visible(id, actor).invoke(appeal -> {
            if (!actor.mayPerform(action, appeal)) {
                throw new ApiException(ProblemType.FORBIDDEN, "appeal.forbidden");
            }
            if (!action.allowedFrom(appeal.status)) {
                throw ApiException.invalidTransition(action.path(), appeal.status.name());
            }
            if (ifMatch != null && ifMatch != appeal.version) {
                throw new ApiException(ProblemType.CONFLICT, "appeal.version.stale", appeal.version, ifMatch);
            }
        });
    }

    private Uni<Appeal> visible(long id, AppealActor actor) {
        return appeals.findById(id).invoke(appeal -> {
            if (appeal == null || !actor.canSee(appeal)) {
                throw notFound(id);
            }
        });
    }

    Uni<Void> record(Appeal appeal, AppealActor actor, Action action, AppealStatus from, Long actingOrganisation,
            String reason, Map<String, Object> details) {
        Instant now = Instant.now();
        AppealHistoryEntry entry = new AppealHistoryEntry();
        entry.appealId = appeal.id;
        entry.at = now;
        entry.action = action;
        entry.actorOid = actor.oid();
        entry.actorRole = action == Action.SUBMIT ? (appeal.enteredByOid != null ? "OPERATOR" : "CITIZEN")
                : actor.roleFor(action, appeal);
        entry.actorOrganisationId = actingOrganisation;
        entry.fromStatus = from;
        entry.toStatus = appeal.status;
        entry.reason = reason;
        entry.details = details == null || details.isEmpty() ? null : toJson(details);
        AppealEvent event = new AppealEvent();
        event.appealId = appeal.id;
        event.type = "appeal." + action.path();
        event.occurredAt = now;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("appealId", appeal.id);
        payload.put("number", appeal.number);
        payload.put("status", appeal.status.name());
        payload.put("organisationId", appeal.organisationId);
        payload.put("categoryId", appeal.categoryId);
        event.payload = toJson(payload);
        return history.persist(entry).chain(() -> events.persist(event)).replaceWithVoid();
    }

    /** Sets the due date {@code workingDays} working days after {@code from}, ending at midnight in the region. */
    private void deadline(Appeal appeal, ProductionCalendar days, LocalDate from, int workingDays) {
        LocalDate due = days.addWorkingDays(from, workingDays);
        appeal.dueDate = due;
        appeal.dueAt = due.plusDays(1).atStartOfDay(config.zoneOf(appeal.regionCode)).toInstant();
    }

    private LocalDate today(Appeal appeal, Instant now) {
        return LocalDate.ofInstant(now, config.zoneOf(appeal.regionCode));
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /**
     * The appeal as this caller may see it. Read outside any session, one connection at a time: it renders the
     * outcome of a write after its commit, too.
     */
    public Uni<AppealView> get(long id, AppealActor actor) {
        return findVisible(id, actor).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** The appeal as this caller may see it, or null when they may not (or it does not exist). */
    public Uni<AppealView> findVisible(long id, AppealActor actor) {
        return seenBy(id, actor).chain(appeal -> appeal == null ? Uni.createFrom().nullItem() : view(appeal, actor));
    }

    /** The committed appeal if this caller may see it, else null; read outside any session. */
    public Uni<Appeal> seenBy(long id, AppealActor actor) {
        return queries.find(id).map(appeal -> appeal != null && actor.canSee(appeal) ? appeal : null);
    }

    public Uni<Page<AppealSummary>> list(AppealFilter filter, AppealActor actor, PageRequest page) {
        Caller caller = actor.caller();
        boolean operator = caller.has(PlatformRole.OPERATOR);
        String scope = filter.scope;
        AppealQueries.Visibility visibility;
        if (scope == null) {
            visibility = new AppealQueries.Visibility(caller.oid(), operator ? caller.oid() : null, actor.organisationIds(),
                    actor.moderates());
        } else {
            visibility = switch (scope) {
                case "own" -> new AppealQueries.Visibility(caller.oid(), null, List.of(), false);
                case "entered" -> operator ? new AppealQueries.Visibility(null, caller.oid(), List.of(), false) : null;
                case "inbox" -> actor.organisationIds().isEmpty() ? null
                        : new AppealQueries.Visibility(null, null, actor.organisationIds(), false);
                default -> actor.moderates() ? new AppealQueries.Visibility(null, null, List.of(), true) : null;
            };
            if (visibility == null) {
                return Uni.createFrom().failure(new ApiException(ProblemType.FORBIDDEN, "appeal.forbidden"));
            }
        }
        boolean byDue = filter.sort != null ? "due".equals(filter.sort) : "inbox".equals(scope);
        return queries.list(filter, visibility, byDue, page);
    }

    /**
     * The history of an appeal: whole for whoever may see the appeal; an organisation it was redirected away from
     * sees only the steps it took itself.
     */
    @WithSession
    public Uni<List<HistoryEntryView>> history(long id, AppealActor actor) {
        return appeals.findById(id).chain(appeal -> {
            if (appeal == null) {
                throw notFound(id);
            }
            boolean whole = actor.canSee(appeal);
            return history.of(id).map(entries -> {
                List<HistoryEntryView> visible = entries.stream()
                        .filter(entry -> whole || (entry.actorOrganisationId != null
                                && actor.organisationIds().contains(entry.actorOrganisationId)))
                        .map(this::toView)
                        .toList();
                if (visible.isEmpty()) {
                    throw notFound(id);
                }
                return visible;
            });
        });
    }

    /**
     * The appeal right after this caller's own write, for its response. Unlike {@link #get} it does not ask whether
     * the caller may still see it: an official who redirected an appeal away is answered with the result of the
     * redirect, and loses access from the next request on.
     */
    public Uni<AppealView> afterWrite(long id, AppealActor actor) {
        return queries.find(id).chain(appeal -> view(appeal, actor));
    }

    /** The appeal for reading its files: 404 when the caller may not see it. */
    public Uni<Appeal> visibleAppeal(long id, AppealActor actor) {
        return seenBy(id, actor).onItem().ifNull().failWith(() -> notFound(id));
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("appeal.not-found", Long.toString(id));
    }

    private Uni<AppealView> view(Appeal appeal, AppealActor actor) {
        Instant now = Instant.now();
        return categories.find(appeal.categoryId)
                .chain(category -> organisations.find(appeal.organisationId)
                        .chain(organisation -> attachments.metadata(appeal.id)
                                .map(files -> files.stream().filter(file -> maySee(file.part(), appeal, actor)).toList())
                                .map(files -> new AppealView(
                                        appeal.id,
                                        appeal.number,
                                        appeal.status,
                                        appeal.channel,
                                        new AppealView.Ref(appeal.categoryId, category == null ? null : category.name()),
                                        new AppealView.Ref(appeal.organisationId, organisation == null ? null : organisation.shortName()),
                                        appeal.text,
                                        appeal.address,
                                        appeal.latitude == null ? null : new GeoPoint(appeal.latitude, appeal.longitude),
                                        appeal.oktmo,
                                        appeal.priority,
                                        appeal.createdAt,
                                        appeal.registeredAt,
                                        appeal.dueDate,
                                        appeal.overdue(now),
                                        appeal.extended,
                                        appeal.reopened,
                                        appeal.answeredAt == null ? null : new AppealView.AnswerView(appeal.answerText, appeal.answeredAt),
                                        appeal.rating == null ? null : new AppealView.RatingView(appeal.rating, appeal.ratingComment),
                                        appeal.rejectionReason == null ? null
                                                : new AppealView.RejectionView(appeal.rejectionReason, appeal.rejectionComment, appeal.duplicateOf),
                                        appeal.applicantName == null || !(actor.handles(appeal) || actor.enteredIt(appeal) || actor.moderates())
                                                ? null : new Applicant(appeal.applicantName, appeal.applicantPhone),
                                        files,
                                        allowedActions(appeal, actor, now),
                                        appeal.version))));
    }

    private List<String> allowedActions(Appeal appeal, AppealActor actor, Instant now) {
        List<String> allowed = new ArrayList<>();
        for (Action action : Action.values()) {
            if (action == Action.SUBMIT || !actor.mayPerform(action, appeal) || !action.allowedFrom(appeal.status)) {
                continue;
            }
            if (action == Action.EXTEND && appeal.extended
                    || action == Action.REOPEN && (appeal.reopened
                            || appeal.answeredAt.plus(Duration.ofDays(config.appeals().reopenWindowDays())).isBefore(now))
                    || action == Action.ATTACH && !mayAttachNow(appeal, actor)) {
                continue;
            }
            allowed.add(action.path());
        }
        return allowed;
    }

    /** Files for the answer are the organisation's own until the answer is given. */
    public boolean maySee(AppealAttachment.Part part, Appeal appeal, AppealActor actor) {
        return part == AppealAttachment.Part.APPEAL || appeal.answeredAt != null || actor.handles(appeal) || actor.moderates();
    }

    /** The author before registration; the handling official while working on the answer. */
    boolean mayAttachNow(Appeal appeal, AppealActor actor) {
        return appeal.status == AppealStatus.SUBMITTED && (actor.isAuthor(appeal) || actor.enteredIt(appeal))
                || appeal.status == AppealStatus.IN_PROGRESS && actor.handles(appeal);
    }

    private HistoryEntryView toView(AppealHistoryEntry entry) {
        Map<String, Object> details = null;
        if (entry.details != null) {
            try {
                details = json.readValue(entry.details, DETAILS);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable history details of entry " + entry.id, e);
            }
        }
        return new HistoryEntryView(entry.id, entry.at, entry.action, entry.actorRole, entry.actorOid,
                entry.actorOrganisationId, entry.fromStatus, entry.toStatus, entry.reason, details);
    }

    private String toJson(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- usages of the directory ----------------------------------------------------------------------------

    @Override
    public Uni<Boolean> usesOrganisation(long organisationId) {
        return appeals.usesOrganisation(organisationId);
    }

    @Override
    public Uni<Boolean> usesCategory(long categoryId) {
        return appeals.usesCategory(categoryId);
    }
}
