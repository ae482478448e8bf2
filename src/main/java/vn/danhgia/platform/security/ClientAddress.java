package vn.danhgia.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The client address a sign-in is counted against. IPv6 clients usually hold a whole /64, so one is counted as its
 * /64 network; anything that is not an IP literal (no address known) counts as one "unknown" client.
 */
final class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    static String of(String remoteAddress) {
        if (remoteAddress == null || !IP_LITERAL.matcher(remoteAddress).matches()) {
            return "unknown";
        }
        try {
            // An IP literal is parsed without a name lookup.
            InetAddress address = InetAddress.getByName(remoteAddress);
            byte[] bytes = address.getAddress();
            if (bytes.length == 4) {
                return address.getHostAddress();
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, IPV6_NETWORK_BYTES), 16);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException notALiteral) {
            return "unknown";
        }
    }
}
