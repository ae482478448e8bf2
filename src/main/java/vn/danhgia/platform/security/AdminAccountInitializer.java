package vn.danhgia.platform.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.RandomPasswords;
import vn.danhgia.platform.accounts.UserAccountService;

/**
 * On first start with an empty database, creates the one administrator. There is no default password: it comes from
 * DANHGIA_ADMIN_PASSWORD or is generated and printed once, since nobody else could ever learn it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);
    private static final int GENERATED_LENGTH = 20;

    private final UserAccountService accounts;
    private final String username;
    private final String configuredPassword;

    AdminAccountInitializer(UserAccountService accounts, @Value("${danhgia.admin.username}") String username,
                            @Value("${danhgia.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? RandomPasswords.generate(GENERATED_LENGTH) : configuredPassword;
        accounts.createIfAbsent(username, password, "Quản trị hệ thống", EnumSet.of(Role.ADMIN));
        if (generated) {
            log.warn("""

                    ================================================================
                    Created administrator '{}' with generated password: {}
                    It is shown only this once. Set DANHGIA_ADMIN_PASSWORD to choose one.
                    ================================================================""", username, password);
        } else {
            log.info("Created administrator '{}' with the password from DANHGIA_ADMIN_PASSWORD", username);
        }
    }
}
