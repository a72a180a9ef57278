package ru.otklik.appeals.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.Channel;
import ru.otklik.appeals.dto.AppealInput;
import ru.otklik.appeals.dto.AppealView;
import ru.otklik.appeals.repository.AppealRepository;
import ru.otklik.categories.dto.CategoryView;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.organisations.Widget;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.routing.dto.RouteView;
import ru.otklik.routing.service.RoutingService;
import ru.otklik.shared.action.Creation.Created;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.shared.problem.ProblemType;
import ru.otklik.shared.validation.Oktmo;

/**
 * Filing an appeal: who may file what is checked and the appeal routed before the transaction (reads of the
 * directory); then the kit numbers it and makes it SUBMITTED with its first journal entry and event.
 */
@ApplicationScoped
public class AppealFiling {

    private final Writes writes;
    private final Appeals appeals;
    private final AppealViews views;
    private final AppealRepository repository;
    private final AppealRules rules;
    private final CallerResolver callers;
    private final CategoryService categories;
    private final OrganisationService organisations;
    private final RoutingService routing;

    public AppealFiling(Writes writes, Appeals appeals, AppealViews views, AppealRepository repository, AppealRules rules,
            CallerResolver callers, CategoryService categories, OrganisationService organisations, RoutingService routing) {
        this.writes = writes;
        this.appeals = appeals;
        this.views = views;
        this.repository = repository;
        this.rules = rules;
        this.callers = callers;
        this.categories = categories;
        this.organisations = organisations;
        this.routing = routing;
    }

    /** What filing needs from the directory, resolved before the transaction opens. */
    record Filing(CategoryView category, RouteView route, String oktmo) {
    }

    public Uni<Written<AppealView>> file(WriteRequest request, AppealInput input) {
        return file(request, input, callers.current());
    }

    /** Files for a caller whose token came another way than the Authorization header (Open311's api_key). */
    public Uni<Written<AppealView>> file(WriteRequest request, AppealInput input, Caller caller) {
        return prepare(caller, input).chain(filing -> writes.create(appeals, caller, request, AppealAction.SUBMIT, input,
                actor -> numbered(actor, input, filing), views::afterWrite));
    }

    /**
     * Whether the caller files for an applicant (whose name and phone come with the appeal) rather than for
     * themselves: an operator through the contact centre or an MFC, a partner's client through Open311.
     */
    static boolean forApplicant(Channel channel, Caller caller) {
        return channel.enteredByOperator() || channel == Channel.OPEN311 && caller.partner();
    }

    /** Checks who files what and routes it: everything filing reads, outside the write transaction. */
    Uni<Filing> prepare(Caller caller, AppealInput input) {
        boolean forApplicant = forApplicant(input.channel(), caller);
        if (input.channel().enteredByOperator() && !caller.has(PlatformRole.OPERATOR)) {
            return Uni.createFrom().failure(new ApiException(ProblemType.FORBIDDEN, "appeal.operator-only"));
        }
        if (!forApplicant && !caller.trusted()) {
            return Uni.createFrom().failure(new ApiException(ProblemType.UNTRUSTED_ACCOUNT, "appeal.untrusted"));
        }
        List<Violation> violations = new ArrayList<>();
        if (forApplicant && input.applicant() == null) {
            violations.add(new Violation("applicant", "appeal.applicant.required"));
        }
        if (!forApplicant && input.applicant() != null) {
            violations.add(new Violation("applicant", "appeal.applicant.not-allowed"));
        }
        String oktmo = input.oktmo() != null ? input.oktmo() : forApplicant ? null : caller.oktmo();
        if (oktmo == null || !oktmo.matches(Oktmo.PATTERN)) {
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

    /**
     * The new appeal, numbered in its region and year; inside the transaction. A partner files only for the
     * organisations it acts for.
     */
    private Uni<Created<Appeal>> numbered(AppealActor actor, AppealInput input, Filing filing) {
        OrganisationView organisation = filing.route().organisation();
        CategoryView category = filing.category();
        boolean forApplicant = forApplicant(input.channel(), actor.caller());
        if (actor.caller().partner() && forApplicant && !actor.partnerOrganisationIds().contains(organisation.id())) {
            throw new ApiException(ProblemType.FORBIDDEN, "appeal.partner.scope", organisation.shortName());
        }
        Instant now = Instant.now();
        Appeal appeal = new Appeal();
        appeal.authorOid = forApplicant ? null : actor.oid();
        appeal.enteredByOid = forApplicant ? actor.oid() : null;
        appeal.applicantName = forApplicant ? input.applicant().name().strip() : null;
        appeal.applicantPhone = forApplicant ? input.applicant().phone() : null;
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
        appeal.mediaUrl = input.mediaUrl();
        appeal.priority = category.priority();
        appeal.deadlineDays = category.deadlineDays();
        appeal.createdAt = now;
        appeal.createdOn = rules.today(appeal, now);
        appeal.updatedAt = now;
        LocalDate today = appeal.createdOn;
        return repository.nextNumber(appeal.regionCode, today.getYear()).map(sequence -> {
            appeal.number = "%s-%d-%06d".formatted(appeal.regionCode, today.getYear(), sequence);
            return new Created<>(appeal, Step.done()
                    .with("organisationId", organisation.id())
                    .with("ruleId", filing.route().rule().id()));
        });
    }
}
