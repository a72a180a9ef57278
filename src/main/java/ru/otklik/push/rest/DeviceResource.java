package ru.otklik.push.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.push.dto.DeviceInput;
import ru.otklik.push.dto.DeviceView;
import ru.otklik.push.service.Devices;
import ru.otklik.shared.rest.ProblemResponses;

/** The caller's devices that receive push notifications; see the README, "Push notifications". */
@Path("/api/v1/me/devices")
@Tag(name = "devices")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ProblemResponses.Secured
public class DeviceResource {

    static final String INSTALLATION_ID = "^[A-Za-z0-9._-]{8,64}$";

    private final Devices devices;

    public DeviceResource(Devices devices) {
        this.devices = devices;
    }

    @GET
    @Operation(operationId = "listDevices", summary = "My devices", description = "The caller's registered devices, by installation id; never their push tokens.")
    @APIResponse(responseCode = "200", description = "The caller's devices")
    public Uni<List<DeviceView>> list() {
        return devices.list();
    }

    @PUT
    @Path("/{installationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerDevice", summary = "Register a device for pushes", description = """
            Registers the app installation for the caller's pushes, or updates its token, language or version: the same \
            installation id is one device however often it is sent. An installation registered by another person moves \
            to the caller (the phone changed hands), and what was queued for the previous owner is dropped. The caller's \
            registration OKTMO (token claim oktmo) is kept with it: it decides the polls whose opening it hears of.""")
    @APIResponse(responseCode = "200", description = "The device as registered")
    @ProblemResponses.BadRequest
    public Uni<DeviceView> register(
            @RestPath @Pattern(regexp = INSTALLATION_ID, message = "{otklik.push.installation-id}")
            @Parameter(description = "The app's own id of this installation", example = "3f2c9a4e-8d1b-4c7a-9e0f-5b6d7c8e9f01") String installationId,
            @Valid @NotNull DeviceInput input) {
        return devices.register(installationId, input);
    }

    @DELETE
    @Path("/{installationId}")
    @ResponseStatus(204)
    @Operation(operationId = "removeDevice", summary = "Stop pushes to a device", description = "Removes one of the caller's own devices (signing out of the app); someone else's is 404.")
    @APIResponse(responseCode = "204", description = "Removed; nothing more is pushed to it")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Uni<Void> remove(
            @RestPath @Pattern(regexp = INSTALLATION_ID, message = "{otklik.push.installation-id}")
            @Parameter(description = "The app's own id of this installation", example = "3f2c9a4e-8d1b-4c7a-9e0f-5b6d7c8e9f01") String installationId) {
        return devices.remove(installationId);
    }
}
