package vn.danhgia.membership.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.platform.ActingAs;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.scheme.YearUnderReview;

/**
 * Loads, after the demo organisation (order 0), the Ninh Bình office's party memberships and annual authority
 * (seed 003 §II.1) and the ward of seed 004, Đảng bộ phường Nguyễn Nghiêm. Does nothing when the ward is there.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(prefix = "danhgia.demo.membership", name = "enabled", havingValue = "true",
        matchIfMissing = true)
@Order(1)
class MembershipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MembershipDemoData.class);

    private final OrganizationService organization;
    private final OrganizationQueries queries;
    private final MembershipAdministration memberships;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final UserAccountRepository accounts;
    private final ActingAs acting;
    private final YearUnderReview yearUnderReview;
    private final String administrator;

    MembershipDemoData(OrganizationService organization, OrganizationQueries queries,
                       MembershipAdministration memberships, Clock clock, PlatformTransactionManager transactions,
                       UserAccountRepository accounts, ActingAs acting, YearUnderReview yearUnderReview,
                       @Value("${danhgia.admin.username}") String administrator) {
        this.yearUnderReview = yearUnderReview;
        this.organization = organization;
        this.queries = queries;
        this.memberships = memberships;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.accounts = accounts;
        this.acting = acting;
        this.administrator = administrator;
    }

    /**
     * The review date the demo's ward is shown on: 15/12 (seed 004's deadline) of the year under review, so the newly
     * admitted members are "chưa đủ 6 tháng" on it whatever day the demo starts.
     */
    private LocalDate reviewDate(LocalDate today) {
        return LocalDate.of(yearUnderReview.on(today), 12, 15);
    }

    @Override
    public void run(ApplicationArguments args) {
        // Recording a membership is audited: the administrator created on first start records them.
        var admin = accounts.findByUsername(administrator).map(UserAccount::actor).orElseThrow();
        acting.run(admin, () -> {
            load();
            return null;
        });
    }

    private void load() {
        transaction.executeWithoutResult(status -> {
            if (queries.unitByCode(NguyenNghiemWard.WARD).isPresent()) {
                log.info("Demo ward {} already present", NguyenNghiemWard.WARD);
                return;
            }
            LocalDate today = LocalDate.now(clock);
            if (queries.unitByCode(NinhBinhMemberships.AGENCY).isPresent()) {
                int members = new NinhBinhMemberships(organization, queries, memberships).build(today);
                log.info("Demo party memberships of {}: {}", NinhBinhMemberships.AGENCY, members);
            }
            int people = new NguyenNghiemWard(organization, memberships, reviewDate(today)).build();
            log.info("Demo ward {} loaded with {} people", NguyenNghiemWard.WARD, people);
        });
    }
}
