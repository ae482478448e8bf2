package vn.danhgia.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.RandomPasswords;
import vn.danhgia.platform.accounts.UserAccountService;

/**
 * Creates one account per role for people of the demo organisation (runs after it is loaded). Existing accounts are
 * left alone, so restarting never changes a password; to see new ones, start with an empty data folder.
 */
@Component
@Profile("demo")
@Order(10)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    record DemoUser(String username, String cadreCode, Set<Role> roles, String roleLabel) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("thamquyen", "NB001", EnumSet.of(Role.AUTHORITY, Role.UNIT_HEAD, Role.CADRE),
                    "cấp có thẩm quyền (Chánh Văn phòng)"),
            new DemoUser("hoidong", "NB002", EnumSet.of(Role.COUNCIL_MEMBER, Role.CADRE),
                    "thành viên Hội đồng đánh giá (Phó Chánh Văn phòng)"),
            new DemoUser("kiemtra", "NB003", EnumSet.of(Role.INSPECTION, Role.CADRE), "Ủy ban Kiểm tra"),
            new DemoUser("tochuc", "NB006", EnumSet.of(Role.PERSONNEL_OFFICER, Role.UNIT_HEAD, Role.CADRE),
                    "cán bộ tổ chức (Trưởng phòng Hành chính – Tổ chức)"),
            // Seed 000 §III.1.2: "Chi bộ, các Phòng, ban, trung tâm đánh giá, xếp loại chất lượng đối với … Phó trưởng
            // Phòng": as head of Phòng Kinh tế and Bí thư of its Chi bộ he also decides for his deputies.
            new DemoUser("truongphong", "NB013", EnumSet.of(Role.AUTHORITY, Role.UNIT_HEAD, Role.CADRE),
                    "người đứng đầu đơn vị, cấp có thẩm quyền đối với cấp phó (Trưởng phòng Kinh tế)"),
            new DemoUser("canbo", "NB014", EnumSet.of(Role.CADRE), "cán bộ (Phó Trưởng phòng Kinh tế)"));

    /**
     * The ward of seed 004 (Đảng bộ phường Nguyễn Nghiêm, loaded by membership's demo when it is on): its secretary,
     * who leads the Ban Chấp hành's review, the secretary of Chi bộ Tổ dân phố 1, the civil servant who keeps the
     * committee's review work (its office serves the Đảng bộ) and a party member of Tổ dân phố 1. Created
     * only when the ward is there.
     */
    static final List<DemoUser> WARD_USERS = List.of(
            new DemoUser("bithuphuong", "NN001", EnumSet.of(Role.AUTHORITY, Role.UNIT_HEAD, Role.CADRE),
                    "Bí thư Đảng ủy phường Nguyễn Nghiêm"),
            new DemoUser("bithuchibo", "NN113", EnumSet.of(Role.UNIT_HEAD, Role.CADRE),
                    "Bí thư Chi bộ Tổ dân phố 1"),
            new DemoUser("tochucphuong", "NN017", EnumSet.of(Role.PERSONNEL_OFFICER, Role.CADRE),
                    "bộ phận giúp việc Đảng ủy phường (Công chức Văn phòng – Thống kê)"),
            new DemoUser("dangvien", "NN116", EnumSet.of(Role.CADRE), "đảng viên Chi bộ Tổ dân phố 1"));

    private final OrganizationQueries organization;
    private final UserAccountService accounts;

    DemoUsers(OrganizationQueries organization, UserAccountService accounts) {
        this.organization = organization;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        StringBuilder created = new StringBuilder();
        for (DemoUser user : USERS) {
            CadreView cadre = organization.cadreByCode(user.cadreCode()).orElseThrow(
                    () -> new IllegalStateException("demo cadre " + user.cadreCode() + " is missing"));
            String password = RandomPasswords.generate(12);
            if (accounts.createIfAbsent(user.username(), password, cadre.fullName(), user.roles(),
                    cadre.id().value())) {
                created.append(String.format("%n  %-12s %-14s %s — %s", user.username(), password, cadre.fullName(),
                        user.roleLabel()));
            }
        }
        for (DemoUser user : WARD_USERS) {
            organization.cadreByCode(user.cadreCode()).ifPresent(cadre -> {
                String password = RandomPasswords.generate(12);
                if (accounts.createIfAbsent(user.username(), password, cadre.fullName(), user.roles(),
                        cadre.id().value())) {
                    created.append(String.format("%n  %-12s %-14s %s — %s", user.username(), password,
                            cadre.fullName(), user.roleLabel()));
                }
            });
        }
        if (!created.isEmpty()) {
            log.warn("""

                    ================================================================
                    DEMO ONLY — accounts of the sample organisation (username, password, person):{}
                    These passwords are shown only this once. Never use the demo profile with real data.
                    ================================================================""", created);
        }
    }
}
