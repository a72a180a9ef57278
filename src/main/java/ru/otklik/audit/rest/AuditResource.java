package ru.otklik.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import ru.otklik.audit.dto.AuditEntryView;
import ru.otklik.audit.dto.AuditFilter;
import ru.otklik.audit.service.AuditService;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.rest.ProblemResponses;

@Path("/api/v1/audit")
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PlatformRole.ADMIN_NAME)
@ProblemResponses.BadRequest
@ProblemResponses.Secured
public class AuditResource {

    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "The audit trail of privileged actions", description = """
            Role: ADMIN. Directory and routing changes, moderation decisions, partner and webhook changes, calendar \
            loads: who (oid and role), what, when, and the changed fields before and after; never personal data \
            beyond the oid. Newest first; filter by actor, object and period.""")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public Uni<Page<AuditEntryView>> list(@Valid @BeanParam AuditFilter filter, @Valid @BeanParam PageRequest page) {
        return service.list(filter, page);
    }
}
