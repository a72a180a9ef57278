package ru.otklik.push.service;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import ru.otklik.push.Device;
import ru.otklik.push.dto.DeviceInput;
import ru.otklik.push.dto.DeviceView;
import ru.otklik.push.repository.DeviceQueries;
import ru.otklik.push.repository.DeviceRepository;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ProblemType;

/**
 * The caller's devices: registered by PUT (idempotent by installation id), removed by DELETE, listed. Only the
 * caller's own are ever shown or removed: someone else's installation does not exist for them (404). Registering an
 * installation id that someone else registered moves it to the caller: the app was reinstalled under another account
 * or the phone changed hands, and pushes follow the person signed in on it now.
 */
@ApplicationScoped
public class Devices {

    private static final Logger LOG = Logger.getLogger(Devices.class);
    /** A token's oktmo claim is kept only when it is a code (8 or 11 digits): it is matched by prefix. */
    private static final Pattern OKTMO = Pattern.compile("[0-9]{8}([0-9]{3})?");

    private final DeviceRepository repository;
    private final DeviceQueries queries;
    private final CallerResolver callers;
    private final int kept;

    public Devices(DeviceRepository repository, DeviceQueries queries, CallerResolver callers, OtklikConfig config) {
        this.repository = repository;
        this.queries = queries;
        this.callers = callers;
        this.kept = config.push().devicesPerPerson();
    }

    public Uni<DeviceView> register(String installationId, DeviceInput input) {
        Caller caller = person();
        Device device = new Device();
        device.installationId = installationId;
        device.ownerOid = caller.oid();
        device.ownerOktmo = caller.oktmo() != null && OKTMO.matcher(caller.oktmo()).matches() ? caller.oktmo() : null;
        device.platform = input.platform();
        device.token = input.token();
        device.locale = input.locale();
        device.appVersion = input.appVersion();
        device.updatedAt = Instant.now();
        return store(device)
                .invoke(() -> LOG.debugf("Device %s registered by %s (%s)", installationId, caller.oid(), input.platform()))
                .chain(() -> queries.findOwn(installationId, caller.oid()));
    }

    public Uni<Void> remove(String installationId) {
        Caller caller = person();
        return delete(installationId, caller.oid()).invoke(removed -> {
            if (!removed) {
                throw ApiException.notFound("device.not-found", installationId);
            }
        }).replaceWithVoid();
    }

    public Uni<List<DeviceView>> list() {
        return queries.listOwn(person().oid());
    }

    @WithTransaction
    Uni<Void> store(Device device) {
        return repository.register(device, kept);
    }

    @WithTransaction
    Uni<Boolean> delete(String installationId, String ownerOid) {
        return repository.removeOwn(installationId, ownerOid);
    }

    /** A person signed in: a partner's client has no phone of its own. */
    private Caller person() {
        Caller caller = callers.current();
        if (caller.has(PlatformRole.PARTNER)) {
            throw new ApiException(ProblemType.FORBIDDEN, "device.persons-only");
        }
        return caller;
    }
}
