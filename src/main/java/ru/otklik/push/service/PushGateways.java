package ru.otklik.push.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.mutiny.core.Vertx;
import ru.otklik.shared.config.OtklikConfig;

/** The provider that {@code otklik.push.gateway} names; an HTTP gateway without its URL or secret stops the start. */
@ApplicationScoped
public class PushGateways {

    @Produces
    @ApplicationScoped
    PushGateway gateway(OtklikConfig config, Vertx vertx, ObjectMapper json) {
        return switch (config.push().gateway()) {
            case LOG -> new LoggingPushGateway();
            case HTTP -> new HttpPushGateway(vertx, config.push().http(), json);
        };
    }

    void close(@Disposes PushGateway gateway) {
        if (gateway instanceof HttpPushGateway http) {
            http.close();
        }
    }
}
