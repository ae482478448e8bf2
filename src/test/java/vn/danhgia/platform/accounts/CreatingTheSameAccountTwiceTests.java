package vn.danhgia.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.security.SignedInSessions;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Two administrators creating the same username at the same moment both pass the "is it taken?" check; the second
 * insert meets the unique key. That administrator gets a refusal (409) with a message, not a server error, and the
 * first account is untouched. The race is replayed by a repository whose check answers as before the first commit.
 */
@DemoDataTest
class CreatingTheSameAccountTwiceTests {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    CurrentActor currentActor;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestActors actors;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    PersonalAccessTokens tokens;

    @Test
    void theSecondOfTwoSimultaneousCreationsIsRefused() {
        UserAccount existing = accounts.findByUsername("canbo").orElseThrow();
        UserAdministration racing = new UserAdministration(checkingBeforeTheOtherCommitted(), passwordEncoder,
                currentActor, audit, jdbc, clock, sessions, tokens);

        assertThatThrownBy(() -> TestActors.runAs(actors.account("admin"), () -> transactions.execute(status ->
                racing.create(new NewUserAccount("canbo", "Lương Thị Mai", null, null, Set.of(Role.CADRE))))))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("platform.users.taken-meanwhile"));

        UserAccount stored = accounts.findByUsername("canbo").orElseThrow();
        assertThat(stored.getPasswordHash()).isEqualTo(existing.getPasswordHash());
        assertThat(stored.getCadreId()).isEqualTo(existing.getCadreId());
    }

    private UserAccountRepository checkingBeforeTheOtherCommitted() {
        return (UserAccountRepository) Proxy.newProxyInstance(UserAccountRepository.class.getClassLoader(),
                new Class<?>[] {UserAccountRepository.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("existsByUsername")) {
                        return false;
                    }
                    try {
                        return method.invoke(accounts, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
    }
}
