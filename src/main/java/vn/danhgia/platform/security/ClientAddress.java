package vn.danhgia.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The client address a sign-in is counted against, from the servlet's remote address (the proxy's X-Forwarded-For
 * where the operator turned that on). IPv6 clients usually hold a whole /64, so one is counted as its /64 network.
 * Only IP literals are parsed, never looked up as host names; anything else counts as one "unknown" client.
 */
record ClientAddress(String value, boolean known) {

    static final ClientAddress UNKNOWN = new ClientAddress("unknown", false);

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final int IPV6_NETWORK_BYTES = 8;

    static ClientAddress of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.length() > 45) {
            return UNKNOWN;
        }
        return literal(remoteAddress).map(ClientAddress::counted).map(value -> new ClientAddress(value, true))
                .orElse(UNKNOWN);
    }

    private static Optional<InetAddress> literal(String text) {
        var ipv4 = IPV4.matcher(text);
        boolean isIpv4 = ipv4.matches() && groupsAreBytes(ipv4);
        if (!isIpv4 && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // A dotted quad, or a text with a colon, is parsed as a literal by InetAddress: no name lookup.
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException notALiteral) {
            return Optional.empty();
        }
    }

    private static boolean groupsAreBytes(java.util.regex.Matcher quad) {
        for (int group = 1; group <= 4; group++) {
            if (Integer.parseInt(quad.group(group)) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String counted(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        try {
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, IPV6_NETWORK_BYTES), 16);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("16 bytes are an IPv6 address", impossible);
        }
    }
}
