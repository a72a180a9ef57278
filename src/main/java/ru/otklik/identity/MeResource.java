package ru.otklik.identity;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.rest.ProblemResponses;

@Path("/api/v1/me")
@Tag(name = "me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    private final CallerResolver callers;
    private final OrganisationService organisations;

    public MeResource(CallerResolver callers, OrganisationService organisations) {
        this.callers = callers;
        this.organisations = organisations;
    }

    @GET
    @Operation(operationId = "getMe", summary = "Who am I", description = "Any authenticated person. The organisations of the token are matched to the directory by ESIA oid.")
    @ProblemResponses.Secured
    @APIResponse(responseCode = "200", description = "The caller")
    public Uni<MeView> me() {
        Caller caller = callers.current();
        return organisations.findByEsiaOids(caller.organisationOids()).map(found -> {
            Map<String, OrganisationView> byOid = found.stream()
                    .collect(Collectors.toMap(OrganisationView::esiaOid, Function.identity()));
            return new MeView(caller.oid(), caller.trusted(), caller.name().full(), caller.roles(),
                    caller.organisations().stream().map(membership -> {
                        OrganisationView organisation = byOid.get(membership.organisationOid());
                        return new MeView.OrganisationRoleView(membership.organisationOid(), membership.role(),
                                organisation == null ? null : organisation.id(),
                                organisation == null ? null : organisation.shortName());
                    }).toList(),
                    caller.oktmo(),
                    caller.has(PlatformRole.PARTNER) ? caller.clientId() : null);
        });
    }
}
