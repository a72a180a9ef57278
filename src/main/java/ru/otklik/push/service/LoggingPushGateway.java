package ru.otklik.push.service;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * The provider of dev mode and tests: a log line per push instead of a phone. It says what the phone would show,
 * the installation and the event; never the token.
 */
public class LoggingPushGateway implements PushGateway {

    private static final Logger LOG = Logger.getLogger(LoggingPushGateway.class);

    @Override
    public Uni<Outcome> send(Message message) {
        LOG.infof("Push to %s (%s, %s): %s \"%s\"", message.installationId(), message.platform(), message.locale(),
                message.data().eventType(), message.title());
        return Uni.createFrom().item(Outcome.sent(200));
    }
}
