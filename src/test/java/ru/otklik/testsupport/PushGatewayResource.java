package ru.otklik.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the API with the HTTP push gateway pointed at a {@link PushReceiver}, injected into fields of that type. Only
 * for the test class that names it (the application restarts for it).
 */
public class PushGatewayResource implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "push-gateway-test-secret";

    private PushReceiver receiver;

    @Override
    public Map<String, String> start() {
        receiver = PushReceiver.start();
        return Map.of("otklik.push.gateway", "HTTP", "otklik.push.http.url", receiver.url(), "otklik.push.http.secret", SECRET);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(receiver, new TestInjector.MatchesType(PushReceiver.class));
    }

    @Override
    public void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
