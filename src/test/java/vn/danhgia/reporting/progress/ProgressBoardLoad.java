package vn.danhgia.reporting.progress;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.platform.VietnameseText;
import vn.danhgia.scheme.Quarter;

/**
 * A made-up body for load: one agency with numbered departments, each with a head, a deputy and specialists, Vietnamese
 * names drawn from common family, middle and given names, and for the quarter a mix of plans (none, draft, submitted in
 * time or late, approved, returned) and self-assessments. Written with plain SQL batches; everything it writes carries
 * the prefix in its codes so {@link #remove} can take it out again. Used by the query-count tests and the benchmarks
 * (the decision board's builds on it: DecisionBoardLoad).
 */
public final class ProgressBoardLoad {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Đào"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Thu",
            "Hoàng", "Thị Thanh", "Văn Đức", "Thị Kim", "Xuân", "Đình"};
    private static final String[] GIVEN = {"An", "Anh", "Ánh", "Bảo", "Bình", "Cường", "Chi", "Dũng", "Duy", "Đạt",
            "Đức", "Giang", "Hà", "Hải", "Hạnh", "Hằng", "Hiếu", "Hoa", "Hùng", "Hương", "Khoa", "Lan", "Linh", "Long",
            "Mai", "Minh", "Nam", "Nga", "Ngọc", "Nhung", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Thắng",
            "Trang", "Trung", "Tuấn", "Uyên", "Ưng", "Vân", "Việt", "Yến"};
    private static final LocalDate APPOINTED = LocalDate.of(2020, 1, 1);

    private final JdbcTemplate jdbc;
    private final String prefix;

    public ProgressBoardLoad(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    public String headCode() {
        return prefix + "-HEAD";
    }

    public String departmentCode(int department) {
        return String.format("%s.D%03d", prefix, department);
    }

    public long departmentId(int department) {
        return unitId(departmentCode(department));
    }

    /** The agency, its departments and their posts, and the agency's head (who sees everyone below). */
    public void createBody(int departments) {
        jdbc.update("insert into org_unit (code, name, kind, parent_id, version) values (?, ?, 'AGENCY', null, 0)",
                prefix, "Sở thử tải " + prefix);
        long agency = unitId(prefix);
        List<Object[]> units = new ArrayList<>();
        for (int d = 1; d <= departments; d++) {
            units.add(new Object[] {departmentCode(d), "Phòng số " + d, agency});
        }
        jdbc.batchUpdate("insert into org_unit (code, name, kind, parent_id, version) values (?, ?, 'DEPARTMENT', ?, 0)",
                units);
        Map<String, Long> unitIds = ids("select code, id from org_unit where code like ?", prefix + ".%");
        List<Object[]> positions = new ArrayList<>();
        positions.add(new Object[] {prefix + ".TRUONG", "Giám đốc Sở", "HEAD", true, agency});
        unitIds.forEach((code, id) -> {
            positions.add(new Object[] {code + ".TRUONG", "Trưởng phòng", "HEAD", true, id});
            positions.add(new Object[] {code + ".PHO", "Phó Trưởng phòng", "DEPUTY", true, id});
            positions.add(new Object[] {code + ".CV", "Chuyên viên", "MEMBER", false, id});
        });
        jdbc.batchUpdate("insert into org_position (code, title, position_rank, track, unit_id, leader, version)"
                + " values (?, ?, ?, 'GOVERNMENT', ?, ?, 0)", positions.stream()
                .map(p -> new Object[] {p[0], p[1], p[2], p[4], p[3]}).toList());
        List<Object[]> head = new ArrayList<>();
        head.add(new Object[] {headCode(), "Nguyễn Văn Giám"});
        insertCadres(head);
        List<Object[]> headPost = new ArrayList<>();
        headPost.add(new Object[] {cadreId(headCode()), positionId(prefix + ".TRUONG"), "PROMOTION"});
        appoint(headPost);
    }

    /**
     * Cadres {@code from} to {@code to} (inclusive): the first two of each department head and deputy it, the rest
     * specialists; every tenth also holds a concurrent post in the next department.
     */
    public void addCadres(int from, int to, int departments, Quarter quarter) {
        Random random = new Random(from * 31L + to);
        List<Object[]> cadres = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            cadres.add(new Object[] {cadreCode(i), name});
        }
        insertCadres(cadres);
        Map<String, Long> cadreIds = ids("select code, id from org_cadre where code like ?", prefix + "-0%");
        Map<String, Long> positionIds = ids("select code, id from org_position where code like ?", prefix + ".%");
        List<Object[]> appointments = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            int department = (i - 1) % departments + 1;
            int rank = (i - 1) / departments;
            String post = rank == 0 ? ".TRUONG" : rank == 1 ? ".PHO" : ".CV";
            long cadre = cadreIds.get(cadreCode(i));
            appointments.add(new Object[] {cadre, positionIds.get(departmentCode(department) + post), "FIRST_APPOINTMENT"});
            if (i % 10 == 0) {
                appointments.add(new Object[] {cadre,
                        positionIds.get(departmentCode(department % departments + 1) + ".CV"), "CONCURRENT"});
            }
        }
        appoint(appointments);
        addRecords(from, to, cadreIds, quarter);
    }

    /** Takes out everything this load wrote. */
    public void remove() {
        String cadres = "(select id from org_cadre where code like '" + prefix + "-%')";
        jdbc.update("delete from self_assessment where cadre_id in " + cadres);
        jdbc.update("delete from work_plan where cadre_id in " + cadres);
        jdbc.update("delete from org_appointment where cadre_id in " + cadres);
        jdbc.update("delete from org_cadre where code like ?", prefix + "-%");
        jdbc.update("delete from org_position where code like ?", prefix + ".%");
        jdbc.update("delete from org_unit where code like ?", prefix + ".%");
        jdbc.update("delete from org_unit where code = ?", prefix);
    }

    private String cadreCode(int i) {
        return String.format("%s-%06d", prefix, i);
    }

    // Plans by i mod 6: none, draft, submitted in time, submitted a day late, approved, returned; every fourth cadre
    // has submitted the self-assessment. Times are UTC, as the application stores them.
    private void addRecords(int from, int to, Map<String, Long> cadreIds, Quarter quarter) {
        OffsetDateTime inTime = quarter.firstDay().minusDays(10).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime late = quarter.firstDay().plusDays(20).atStartOfDay().atOffset(ZoneOffset.UTC);
        Map<Long, Long> units = jdbc.query("select a.cadre_id, p.unit_id from org_appointment a"
                        + " join org_position p on p.id = a.position_id where a.kind <> 'CONCURRENT' and p.code like ?",
                rs -> {
                    Map<Long, Long> found = new java.util.HashMap<>();
                    while (rs.next()) {
                        found.put(rs.getLong(1), rs.getLong(2));
                    }
                    return found;
                }, prefix + ".%");
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> assessments = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            long cadre = cadreIds.get(cadreCode(i));
            String status = switch (i % 6) {
                case 1 -> "DRAFT";
                case 2, 3 -> "SUBMITTED";
                case 4 -> "APPROVED";
                case 5 -> "RETURNED";
                default -> null;
            };
            if (status != null) {
                Timestamp submitted = status.equals("DRAFT") ? null
                        : Timestamp.from((i % 6 == 3 ? late : inTime).toInstant());
                plans.add(new Object[] {cadre, units.get(cadre), quarter.year(), quarter.number(), status,
                        Timestamp.from(inTime.minusDays(5).toInstant()), submitted});
            }
            if (i % 4 == 0) {
                assessments.add(new Object[] {cadre, units.get(cadre), quarter.year(), quarter.number(),
                        Timestamp.from(late.toInstant()), Timestamp.from(late.plusDays(30).toInstant())});
            }
        }
        jdbc.batchUpdate("insert into work_plan (cadre_id, unit_id, plan_year, plan_quarter, scheme_code, status,"
                + " created_at, submitted_at, version) values (?, ?, ?, ?, 'AG-02-HD-TU-2026', ?, ?, ?, 0)", plans);
        jdbc.batchUpdate("insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code,"
                + " status, created_at, submitted_at, version)"
                + " values (?, ?, ?, ?, 'AG-02-HD-TU-2026', 'SUBMITTED', ?, ?, 0)", assessments);
    }

    private void insertCadres(List<Object[]> codesAndNames) {
        jdbc.batchUpdate("insert into org_cadre (code, full_name, birth_date, party_member, employment_kind, version,"
                        + " name_sort_key, name_search) values (?, ?, ?, true, 'CIVIL_SERVANT', 0, ?, ?)",
                codesAndNames.stream().map(c -> new Object[] {c[0], c[1], java.sql.Date.valueOf("1985-05-05"),
                        VietnameseText.nameSortKey((String) c[1]), VietnameseText.searchKey((String) c[1])})
                        .collect(Collectors.toList()));
    }

    private void appoint(List<Object[]> cadrePositionKind) {
        jdbc.batchUpdate("insert into org_appointment (cadre_id, position_id, start_date, end_date, kind, version)"
                        + " values (?, ?, ?, null, ?, 0)",
                cadrePositionKind.stream().map(a -> new Object[] {a[0], a[1], java.sql.Date.valueOf(APPOINTED), a[2]})
                        .collect(Collectors.toList()));
    }

    private long unitId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    private long cadreId(String code) {
        return jdbc.queryForObject("select id from org_cadre where code = ?", Long.class, code);
    }

    private long positionId(String code) {
        return jdbc.queryForObject("select id from org_position where code = ?", Long.class, code);
    }

    private Map<String, Long> ids(String sql, String pattern) {
        return jdbc.query(sql, rs -> {
            Map<String, Long> found = new java.util.HashMap<>();
            while (rs.next()) {
                found.put(rs.getString(1), rs.getLong(2));
            }
            return found;
        }, pattern);
    }
}
