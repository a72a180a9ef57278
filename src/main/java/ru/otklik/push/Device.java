package ru.otklik.push;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's installed app that receives pushes, known by the installation id the app made for itself. The push
 * token is the provider's address of the device: never shown back, never logged. See {@code V12__devices.sql}.
 */
@Entity
@Table(name = "push_device")
public class Device {

    @Id
    @Column(name = "installation_id")
    public String installationId;

    @Column(name = "owner_oid", nullable = false)
    public String ownerOid;

    /** The owner's registration OKTMO when the device was registered: which territorial polls it hears of. */
    @Column(name = "owner_oktmo")
    public String ownerOktmo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    @Column(nullable = false)
    public String token;

    @Column(nullable = false)
    public String locale;

    @Column(name = "app_version", nullable = false)
    public String appVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
