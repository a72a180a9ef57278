package ru.otklik.push.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.push.Device;

/** Devices in the caller's write transaction. */
@ApplicationScoped
public class DeviceRepository implements PanacheRepositoryBase<Device, String> {

    /**
     * Registers the installation for its owner, or updates it: one row per installation id however many PUTs run at
     * once (an upsert, not a read then a write). An installation registered by someone else moves to this owner with
     * its history dropped: the pushes still queued for the previous owner are deleted first, so that the new owner
     * never receives them, and its rate window starts afresh. An owner keeps at most {@code kept} installations: the
     * least recently registered beyond them go, with their queues (a phone long replaced, an app reinstalled many times).
     */
    public Uni<Void> register(Device device, int kept) {
        return getSession().chain(session -> session.createNativeQuery("""
                delete from push_delivery
                where installation_id = :id
                  and exists (select 1 from push_device where installation_id = :id and owner_oid <> :owner)""")
                .setParameter("id", device.installationId)
                .setParameter("owner", device.ownerOid)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        insert into push_device (installation_id, owner_oid, owner_oktmo, platform, token, locale, app_version,
                                                 created_at, updated_at)
                        values (:id, :owner, cast(:oktmo as varchar), :platform, :token, :locale, :version, :now, :now)
                        on conflict (installation_id) do update
                            set owner_oktmo = excluded.owner_oktmo, platform = excluded.platform, token = excluded.token,
                                locale = excluded.locale, app_version = excluded.app_version, updated_at = excluded.updated_at,
                                owner_oid = excluded.owner_oid,
                                created_at = case when push_device.owner_oid = excluded.owner_oid
                                                  then push_device.created_at else excluded.created_at end,
                                rate_window_start = case when push_device.owner_oid = excluded.owner_oid
                                                         then push_device.rate_window_start end,
                                rate_window_count = case when push_device.owner_oid = excluded.owner_oid
                                                         then push_device.rate_window_count else 0 end""")
                        .setParameter("id", device.installationId)
                        .setParameter("owner", device.ownerOid)
                        .setParameter("oktmo", device.ownerOktmo)
                        .setParameter("platform", device.platform.name())
                        .setParameter("token", device.token)
                        .setParameter("locale", device.locale)
                        .setParameter("version", device.appVersion)
                        .setParameter("now", device.updatedAt == null ? Instant.now() : device.updatedAt)
                        .executeUpdate())
                .chain(() -> session.createNativeQuery("""
                        delete from push_device
                        where owner_oid = :owner
                          and installation_id not in (select installation_id from push_device where owner_oid = :owner
                                                      order by updated_at desc, installation_id limit :kept)""")
                        .setParameter("owner", device.ownerOid)
                        .setParameter("kept", kept)
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /** Removes the owner's own installation; false when they have none of that id (someone else's included). */
    public Uni<Boolean> removeOwn(String installationId, String ownerOid) {
        return delete("installationId = ?1 and ownerOid = ?2", installationId, ownerOid).map(removed -> removed > 0);
    }
}
