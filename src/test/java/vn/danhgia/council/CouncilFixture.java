package vn.danhgia.council;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.OrganizationQueries;

/**
 * The council of Nhà khách tỉnh (VPUB-NB.NK) for quarter III/2026: Tống Văn Thịnh (NB036, Giám đốc) chairs, Chu Thị
 * Hạnh (NB037) and Đinh Thị Hoa (NB038, Phó Giám đốc) and Phùng Văn Tiến (NB039) are members, and Lê Văn Hùng (NB006,
 * personnel officer) is the secretary: 5 members, quorum ⌈2/3 × 5⌉ = 4, majority 3.
 */
public class CouncilFixture {

    final JdbcTemplate jdbc;
    final OrganizationQueries organization;

    public CouncilFixture(JdbcTemplate jdbc, OrganizationQueries organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public long unitId() {
        return organization.unitByCode("VPUB-NB.NK").orElseThrow().id().value();
    }

    public long cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id().value();
    }

    public List<CouncilMemberInput> fiveMembers() {
        return List.of(new CouncilMemberInput(cadre("NB036"), CouncilRole.CHAIR),
                new CouncilMemberInput(cadre("NB037"), CouncilRole.MEMBER),
                new CouncilMemberInput(cadre("NB038"), CouncilRole.MEMBER),
                new CouncilMemberInput(cadre("NB039"), CouncilRole.MEMBER),
                new CouncilMemberInput(cadre("NB006"), CouncilRole.SECRETARY));
    }

    public void clean() {
        clean(unitId());
    }

    /** Removes every council of the unit with its sessions and votes. */
    public void clean(long unit) {
        jdbc.update("delete from vote_session_attendance where session_id in (select s.id from vote_session s"
                + " join council c on c.id = s.council_id where c.unit_id = ?)", unit);
        jdbc.update("delete from vote where session_id in (select s.id from vote_session s join council c"
                + " on c.id = s.council_id where c.unit_id = ?)", unit);
        jdbc.update("delete from vote_session where council_id in (select id from council where unit_id = ?)", unit);
        jdbc.update("delete from council_member where council_id in (select id from council where unit_id = ?)",
                unit);
        jdbc.update("delete from council where unit_id = ?", unit);
    }

    /** The cadre ids of the members with these codes, to record them present. */
    public java.util.Set<Long> cadres(String... codes) {
        return java.util.Arrays.stream(codes).map(this::cadre).collect(java.util.stream.Collectors.toSet());
    }

    public int votes() {
        return jdbc.queryForObject("select count(*) from vote v join vote_session s on s.id = v.session_id"
                + " join council c on c.id = s.council_id where c.unit_id = ?", Integer.class, unitId());
    }
}
