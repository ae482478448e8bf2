package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;

/**
 * Issue 2 §1: on first start with an empty database, one administrator whose password comes from
 * DANHGIA_ADMIN_PASSWORD or, when unset, is generated and printed once; no fixed default anywhere.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {"danhgia.admin.password=", "danhgia.admin.username=quantri",
        "spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class AdminAccountInitializerTests {

    private static final Pattern GENERATED = Pattern.compile("'quantri' with generated password: (\\S+)");

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AdminAccountInitializer initializer;

    /** The extension captures from before the context starts, so the start-up log is part of the output. */
    @Test
    void generatedPasswordIsPrintedOnceAndIsTheStoredOne(CapturedOutput output) {
        UserAccount admin = accounts.findByUsername("quantri").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        Matcher generated = GENERATED.matcher(output.getAll());
        assertThat(generated.find()).as("the start-up log names the generated password").isTrue();
        assertThat(generated.group(1)).hasSize(20);
        assertThat(passwordEncoder.matches(generated.group(1), admin.getPasswordHash())).isTrue();

        initializer.run(new DefaultApplicationArguments());

        assertThat(accounts.count()).as("a second start creates nobody").isEqualTo(1);
        assertThat(GENERATED.matcher(output.getAll()).results().count()).as("printed once").isEqualTo(1);
    }
}
