package ru.otklik.webhooks.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** The addresses a partner's host name stands for now; the JDK resolver blocks, so it runs off the event loop. */
@ApplicationScoped
public class HostResolver {

    private final Vertx vertx;

    public HostResolver(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Every address of the host; empty when the name does not resolve. */
    public Uni<List<InetAddress>> resolve(String host) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                return List.of(InetAddress.getAllByName(host));
            } catch (UnknownHostException e) {
                return List.<InetAddress>of();
            }
        }));
    }
}
