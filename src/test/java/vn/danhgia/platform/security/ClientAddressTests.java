package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11 §2: the address a sign-in is counted against, never a name looked up in the DNS. */
class ClientAddressTests {

    @ParameterizedTest
    @CsvSource({
            "203.0.113.7, 203.0.113.7",
            "2001:db8:85a3:1:2:3:4:5, 2001:db8:85a3:1:0:0:0:0/64",
            "2001:db8:85a3:1:ffff::1, 2001:db8:85a3:1:0:0:0:0/64",
            "::1, 0:0:0:0:0:0:0:0/64"})
    void anIpLiteralIsCountedAsItselfOrItsIpv6Network(String remote, String counted) {
        assertThat(ClientAddress.of(remote)).isEqualTo(new ClientAddress(counted, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dead.beef", "face.de", "bad.cafe", "localhost", "300.1.1.1", "1.2.3", "",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:"})
    void anythingElseIsTheUnknownClientAndIsNeverLookedUp(String remote) {
        assertThat(ClientAddress.of(remote)).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of(null)).isEqualTo(ClientAddress.UNKNOWN);
    }
}
