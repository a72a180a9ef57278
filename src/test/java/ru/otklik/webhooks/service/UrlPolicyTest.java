package ru.otklik.webhooks.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Webhooks go to https URLs of public addresses only (SSRF), unless dev and test allow local receivers. */
class UrlPolicyTest {

    private static final UrlPolicy PRODUCTION = new UrlPolicy(false);
    private static final UrlPolicy DEV = new UrlPolicy(true);

    @Test
    void onlyAbsoluteHttpsUrlsWithoutCredentialsAreAccepted() throws UrlPolicy.Refused {
        assertEquals("crm.example.org", PRODUCTION.parse("https://crm.example.org/hooks?x=1").getHost());
        assertEquals("webhook.url.https-only",
                assertThrows(UrlPolicy.Refused.class, () -> PRODUCTION.parse("http://crm.example.org/hooks")).key());
        for (String bad : List.of("ftp://crm.example.org/x", "/hooks", "https://user:pass@crm.example.org/x",
                "https://crm.example.org/x#frag", "https:///nohost", "not a url at all")) {
            assertEquals("webhook.url.malformed", assertThrows(UrlPolicy.Refused.class, () -> PRODUCTION.parse(bad)).key(), bad);
        }
        DEV.parse("http://127.0.0.1:8080/hooks");
        assertEquals(443, UrlPolicy.port(PRODUCTION.parse("https://crm.example.org/")));
        assertEquals(8443, UrlPolicy.port(PRODUCTION.parse("https://crm.example.org:8443/")));
    }

    @Test
    void loopbackPrivateLinkLocalMulticastAndReservedAddressesAreRefused() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "192.0.0.8",
                "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:10.0.0.1", "2001:db8::1")) {
            assertEquals("webhook.url.private-address",
                    assertThrows(UrlPolicy.Refused.class, () -> PRODUCTION.check(List.of(ip(address)))).key(), address);
        }
        assertEquals("webhook.url.private-address", assertThrows(UrlPolicy.Refused.class,
                () -> PRODUCTION.check(List.of(ip("93.184.216.34"), ip("10.0.0.1")))).key(), "one private address is enough");
        assertEquals("webhook.url.unresolvable", assertThrows(UrlPolicy.Refused.class, () -> PRODUCTION.check(List.of())).key());
        PRODUCTION.check(List.of(ip("93.184.216.34"), ip("172.32.0.1"), ip("2a00:1450:4010::65")));
        DEV.check(List.of(ip("127.0.0.1")));
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
