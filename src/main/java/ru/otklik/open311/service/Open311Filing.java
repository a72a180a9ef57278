package ru.otklik.open311.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Channel;
import ru.otklik.appeals.dto.AppealInput;
import ru.otklik.appeals.dto.Applicant;
import ru.otklik.appeals.dto.GeoPoint;
import ru.otklik.appeals.service.AppealFiling;
import ru.otklik.open311.dto.Open311Document;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.partners.dto.PartnerScope;
import ru.otklik.partners.service.PartnerScopes;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.shared.problem.ProblemMessages;

/**
 * GeoReport's {@code POST requests}: a service request becomes an appeal like any other (routed, numbered,
 * SUBMITTED for moderation, its event in the outbox) through {@link AppealFiling}, channel OPEN311. A citizen files
 * for themselves with their own token; a partner's client files for a citizen whose name and phone it gives
 * (first_name, last_name, phone), for the organisations it acts for only.
 */
@ApplicationScoped
public class Open311Filing {

    private final Open311Access access;
    private final Open311Catalogue catalogue;
    private final AppealFiling filing;
    private final PartnerScopes partners;
    private final OrganisationService organisations;
    private final Validator validator;
    private final ProblemMessages messages;

    public Open311Filing(Open311Access access, Open311Catalogue catalogue, AppealFiling filing, PartnerScopes partners,
            OrganisationService organisations, Validator validator, ProblemMessages messages) {
        this.access = access;
        this.catalogue = catalogue;
        this.filing = filing;
        this.partners = partners;
        this.organisations = organisations;
        this.validator = validator;
        this.messages = messages;
    }

    /** Files the request given as form fields; the document of the new service request. */
    public Uni<Open311Document> file(WriteRequest request, Map<String, String> form, Locale locale) {
        return access.signedIn(form.get("api_key")).chain(caller -> catalogue.services().chain(services -> {
            String code = blankToNull(form.get("service_code"));
            if (code == null) {
                throw ApiException.invalid("service_code", "open311.service-code.required");
            }
            Open311Catalogue.Service service = services.get(code);
            if (service == null) {
                throw ApiException.notFound("open311.service.not-found", code);
            }
            return oktmo(caller, form).chain(oktmo -> {
                AppealInput input = input(caller, form, service.category().id(), oktmo);
                return filing.file(request, input, caller).map(written -> {
                    String number = written.body() == null ? null : written.body().number();
                    return Open311Document.list("service_requests", "request", List.of(Open311Document.fields(
                            "service_request_id", Long.toString(written.outcome().resourceId()),
                            "service_notice", messages.message(locale, "open311.notice", number == null ? "" : number,
                                    service.category().deadlineDays()),
                            "account_id", null)));
                });
            });
        }));
    }

    /**
     * The municipality of the request: the attribute; or the citizen's registration (appeals default to it); or,
     * for a partner acting for one organisation, that organisation's.
     */
    private Uni<String> oktmo(Caller caller, Map<String, String> form) {
        List<String> unknown = form.keySet().stream()
                .filter(key -> key.startsWith("attribute[") && !key.equals("attribute[" + Open311Catalogue.OKTMO + "]"))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalid(unknown.get(0), "open311.attribute.unknown");
        }
        String given = blankToNull(form.get("attribute[" + Open311Catalogue.OKTMO + "]"));
        if (given != null || !caller.partner()) {
            return Uni.createFrom().item(given);
        }
        return partners.of(caller).chain((PartnerScope scope) -> scope == null || scope.roots().size() != 1
                ? Uni.createFrom().<String>nullItem()
                : organisations.find(scope.roots().get(0)).map(organisation -> organisation == null ? null : organisation.oktmo()));
    }

    private AppealInput input(Caller caller, Map<String, String> form, long categoryId, String oktmo) {
        List<Violation> violations = new ArrayList<>();
        GeoPoint location = location(form, violations);
        String address = blankToNull(form.get("address_string"));
        if (location == null && address == null && violations.isEmpty()) {
            violations.add(new Violation("address_string", "open311.location.required"));
        }
        Applicant applicant = caller.partner() ? applicant(form) : null;
        AppealInput input = new AppealInput(categoryId, form.get("description"), address, location,
                blankToNull(form.get("media_url")), oktmo, Channel.OPEN311, null, applicant);
        for (ConstraintViolation<AppealInput> violation : validator.validate(input)) {
            violations.add(new Violation(parameter(violation.getPropertyPath().toString()), "open311.field",
                    violation.getMessage()));
        }
        if (input.text() == null || input.text().isEmpty()) {
            violations.removeIf(violation -> violation.field().equals("description"));
            violations.add(new Violation("description", "open311.description.required"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return input;
    }

    private static GeoPoint location(Map<String, String> form, List<Violation> violations) {
        String lat = blankToNull(form.get("lat"));
        String lon = blankToNull(form.get("long"));
        if (lat == null && lon == null) {
            return null;
        }
        if (lat == null || lon == null) {
            violations.add(new Violation(lat == null ? "lat" : "long", "open311.location.pair"));
            return null;
        }
        try {
            return new GeoPoint(Double.valueOf(lat), Double.valueOf(lon));
        } catch (NumberFormatException e) {
            violations.add(new Violation("lat", "open311.location.number"));
            return null;
        }
    }

    /** The citizen a partner files for: name as «last first», phone as +7XXXXXXXXXX (8… and spaces accepted). */
    private static Applicant applicant(Map<String, String> form) {
        String name = (nullToEmpty(form.get("last_name")) + " " + nullToEmpty(form.get("first_name"))).strip();
        String phone = blankToNull(form.get("phone"));
        if (phone != null) {
            String digits = phone.replaceAll("[\\s()\\-]", "");
            phone = digits.matches("8[0-9]{10}") ? "+7" + digits.substring(1) : digits;
        }
        return new Applicant(name, phone);
    }

    /** The GeoReport parameter an appeal's field came from. */
    private static String parameter(String field) {
        return switch (field) {
            case "text" -> "description";
            case "address" -> "address_string";
            case "location.lat" -> "lat";
            case "location.lon" -> "long";
            case "mediaUrl" -> "media_url";
            case "oktmo" -> "attribute[" + Open311Catalogue.OKTMO + "]";
            case "applicant.name" -> "last_name";
            case "applicant.phone" -> "phone";
            default -> field;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
