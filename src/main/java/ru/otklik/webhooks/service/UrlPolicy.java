package ru.otklik.webhooks.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Where webhooks may go (SSRF): absolute https URLs without credentials in them, whose host resolves to public
 * addresses only: never loopback, private (RFC 1918, unique local), link-local (cloud metadata lives there),
 * carrier-grade NAT, multicast, unspecified or reserved ones. Checked when a subscription is saved and again before
 * every delivery (a name may resolve elsewhere by then), and the delivery connects to the address that was checked.
 * {@code allowInsecure} (dev and test only) also allows http and local receivers.
 */
public final class UrlPolicy {

    /** Why a URL is refused, as a message key of the problem bundles. */
    public static final class Refused extends Exception {

        private final String key;

        Refused(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final boolean allowInsecure;

    public UrlPolicy(boolean allowInsecure) {
        this.allowInsecure = allowInsecure;
    }

    /** The URL if its form is acceptable (scheme, host, no user info); the addresses are checked separately. */
    public URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("webhook.url.malformed");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new Refused("webhook.url.malformed");
        }
        if (scheme.equals("http") && !allowInsecure) {
            throw new Refused("webhook.url.https-only");
        }
        return uri;
    }

    /** Refuses the addresses a host resolved to unless every one of them is public. */
    public void check(List<InetAddress> addresses) throws Refused {
        if (addresses.isEmpty()) {
            throw new Refused("webhook.url.unresolvable");
        }
        if (!allowInsecure && !addresses.stream().allMatch(UrlPolicy::isPublic)) {
            throw new Refused("webhook.url.private-address");
        }
    }

    public static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(bytes);
        }
        if (address instanceof Inet6Address) {
            if (isMappedV4(bytes)) {
                return isPublicV4(new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] });
            }
            int first = bytes[0] & 0xFF;
            // fc00::/7 unique local; 2001:db8::/32 documentation; 64:ff9b::/96 NAT64 may reach anything
            boolean uniqueLocal = (first & 0xFE) == 0xFC;
            boolean documentation = first == 0x20 && bytes[1] == 0x01 && (bytes[2] & 0xFF) == 0x0D && (bytes[3] & 0xFF) == 0xB8;
            boolean nat64 = first == 0 && bytes[1] == 0x64 && (bytes[2] & 0xFF) == 0xFF && (bytes[3] & 0xFF) == 0x9B;
            return !(uniqueLocal || documentation || nat64);
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return !(first == 0 || first == 10 || first == 127 || first >= 224
                || first == 100 && second >= 64 && second <= 127
                || first == 169 && second == 254
                || first == 172 && second >= 16 && second <= 31
                || first == 192 && second == 168
                || first == 192 && second == 0 && (b[2] & 0xFF) == 0
                || first == 198 && (second == 18 || second == 19));
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    }
}
