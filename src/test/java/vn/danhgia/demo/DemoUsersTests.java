package vn.danhgia.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;

/** Same context as the organisation's demo test: the demo body on its own H2 database, or the configured one. */
@Tag("persistence")
@SpringBootTest(properties = {"spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:organization-demo;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        // The demo's made-up history and emulation years write ratings and titles the other tests would meet on a
        // shared database.
        "danhgia.demo.history.enabled=false", "danhgia.demo.emulation.enabled=false"})
@ActiveProfiles("demo")
class DemoUsersTests {

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void everyRoleHasADemoAccountNamedAfterItsPerson() {
        UserAccount authority = accounts.findByUsername("thamquyen").orElseThrow();
        assertThat(authority.getDisplayName()).isEqualTo("Đinh Quang Thắng");
        assertThat(authority.getRoles()).contains(Role.AUTHORITY);
        assertThat(accounts.findByUsername("canbo").orElseThrow().getRoles()).containsExactly(Role.CADRE);
        assertThat(DemoUsers.USERS.stream().flatMap(user -> user.roles().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Role.AUTHORITY, Role.UNIT_HEAD, Role.CADRE, Role.COUNCIL_MEMBER,
                        Role.INSPECTION, Role.PERSONNEL_OFFICER);
    }

    @Test
    void restartingKeepsEveryPassword() {
        Map<String, String> before = hashes();
        demoUsers.run(new DefaultApplicationArguments());
        assertThat(hashes()).isEqualTo(before).hasSize(DemoUsers.USERS.size());
    }

    private Map<String, String> hashes() {
        return DemoUsers.USERS.stream().collect(Collectors.toMap(DemoUsers.DemoUser::username,
                user -> accounts.findByUsername(user.username()).orElseThrow().getPasswordHash()));
    }
}
