package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import vn.danhgia.platform.security.AccountPrincipal;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * A session keeps the roles it was opened with: when an administrator takes a role away, disables the account or
 * resets its password, the person's open sessions end (their next page asks them to sign in again), and only theirs.
 */
@DemoDataTest
class EndingSessionsTests {

    @Autowired
    UserAdministration administration;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    TestActors actors;

    @Test
    void changingRolesOrDisablingEndsOnlyThatPersonsSessions() {
        Actor admin = actors.account("admin");
        IssuedPassword issued = TestActors.runAs(admin, () -> administration.create(new NewUserAccount(
                "phien-ket-thuc", "Người dùng thử phiên", null, null, EnumSet.of(Role.UNIT_HEAD))));
        sessions.registerNewSession("phien-1", AccountPrincipal.of(actors.account("phien-ket-thuc")));
        sessions.registerNewSession("phien-2", AccountPrincipal.of(actors.account("phien-ket-thuc")));
        sessions.registerNewSession("phien-canbo", AccountPrincipal.of(actors.account("canbo")));

        UserSummary account = TestActors.runAs(admin, () -> administration.account(issued.accountId()));
        TestActors.runAs(admin, () -> administration.update(issued.accountId(), new UserAccountChanges(
                account.displayName(), null, null, Set.of(Role.CADRE), true, account.version())));

        assertThat(sessions.getSessionInformation("phien-1").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("phien-2").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("phien-canbo").isExpired()).isFalse();

        sessions.registerNewSession("phien-3", AccountPrincipal.of(actors.account("phien-ket-thuc")));
        UserSummary changed = TestActors.runAs(admin, () -> administration.account(issued.accountId()));
        TestActors.runAs(admin, () -> administration.update(issued.accountId(), new UserAccountChanges(
                changed.displayName(), null, null, changed.roles(), false, changed.version())));
        assertThat(sessions.getSessionInformation("phien-3").isExpired()).isTrue();
        sessions.removeSessionInformation("phien-canbo");
    }
}
