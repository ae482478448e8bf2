package vn.danhgia.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.emulation.AwardEntry;
import vn.danhgia.emulation.EmulationAwards;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.scheme.YearUnderReview;

/**
 * DEMO ONLY: three earlier years of emulation history for Văn phòng UBND tỉnh Ninh Bình (issue 14 §7), and this year's
 * registrations, so the chains show in the demo. The year is {@link YearUnderReview}'s; for each of the three years
 * before it, every person posted in the office at the year's end has a locked yearly level (state track) and the
 * titles that follow from it (Lao động tiên tiến from "hoàn thành tốt", Chiến sĩ thi đua cơ sở for a few with HTXS and
 * an initiative), entered as imported history through {@link EmulationAwards}; the departments and centres were Tập
 * thể lao động tiên tiến, Phòng Kinh tế and Phòng Hành chính – Tổ chức once xuất sắc. Three people tell a story:
 * <ul>
 *   <li>NB014 Lương Thị Mai (Phòng Kinh tế): Chiến sĩ thi đua cơ sở the last two years and an initiative of provincial
 *   effect last year, one year from Chiến sĩ thi đua cấp tỉnh (Luật TĐKT 2022 Điều 22);</li>
 *   <li>NB015 Hà Quốc Bảo (Phòng Kinh tế): an initiative recognised this year, so Chiến sĩ thi đua cơ sở comes through
 *   the initiative rather than HTXS (Điều 23);</li>
 *   <li>NB012 Tạ Thu Trang (Phòng Tổng hợp): not registered this year, so no title can be proposed for her (seed 003
 *   §III.1); NB020 registered after the deadline.</li>
 * </ul>
 * Written straight into the tables (no audit entries), as {@link DemoHistory} writes its quarters; on with
 * {@code danhgia.demo.emulation.enabled}; does nothing once last year's history is there, so restarts change nothing.
 */
@Component
@Profile("demo")
@Order(50)
class DemoEmulation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEmulation.class);
    static final String OFFICE = "VPUB-NB";
    static final String CHAIN = "NB014";
    static final String INITIATIVE = "NB015";
    static final String NOT_REGISTERED = "NB012";
    static final String LATE = "NB020";
    static final String RECORDED_BY = "demo";
    private static final String SAMPLE = " (dữ liệu mẫu)";
    private static final Set<String> COLLECTIVES = Set.of("DEPARTMENT", "CENTER");
    private static final Set<String> EXCELLENT_COLLECTIVES = Set.of(OFFICE + ".KT", OFFICE + ".HCTC");

    private final JdbcClient jdbc;
    private final EmulationAwards awards;
    private final YearUnderReview yearUnderReview;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final boolean enabled;

    DemoEmulation(JdbcClient jdbc, EmulationAwards awards, YearUnderReview yearUnderReview, Clock clock,
                  PlatformTransactionManager transactionManager,
                  @Value("${danhgia.demo.emulation.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.awards = awards;
        this.yearUnderReview = yearUnderReview;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** A person posted in the office: the unit of their first post there. */
    record Posted(long cadreId, String code, long unitId) {

        int number() {
            return Integer.parseInt(code.substring(2));
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || unitId(OFFICE) == null) {
            return;
        }
        int year = yearUnderReview.on(LocalDate.now(clock));
        if (present(year - 1)) {
            log.info("Demo emulation history before {} already present", year);
            return;
        }
        transactions.executeWithoutResult(status -> write(year));
        log.info("Demo only: emulation history {}–{} and the registrations of {} written", year - 3, year - 1, year);
    }

    /** Everything in one transaction, so a failed start leaves nothing half written for the next start to skip. */
    private void write(int year) {
        for (int past = year - 3; past < year; past++) {
            pastYear(past, year);
        }
        registrations(year);
        Posted initiative = posted(LocalDate.now(clock)).stream().filter(person -> person.code().equals(INITIATIVE))
                .findFirst().orElse(null);
        if (initiative != null) {
            achievement(initiative, "GRASSROOTS", year,
                    "Sáng kiến chuẩn hóa quy trình thẩm định dự án đầu tư công trên phần mềm" + SAMPLE);
        }
    }

    private boolean present(int year) {
        return jdbc.sql("select count(*) from emulation_award where recorded_by = :by and award_year = :year")
                .param("by", RECORDED_BY).param("year", year).query(Long.class).single() > 0;
    }

    /** A year's levels, initiatives and titles of the people posted at its end, and its collectives' titles. */
    private void pastYear(int past, int year) {
        String decision = "Quyết định số " + (10 + year - past) + "/QĐ-VP ngày 15/01/" + (past + 1) + SAMPLE;
        int fighters = 0;
        for (Posted person : posted(LocalDate.of(past, 12, 31))) {
            RatingLevel level = level(person, past, year);
            yearlyRating(person, past, level);
            if (!level.isAtLeast(RatingLevel.GOOD)) {
                continue;
            }
            Set<EmulationTitle> titles = EnumSet.of(EmulationTitle.ADVANCED_WORKER);
            boolean chain = person.code().equals(CHAIN) && past >= year - 2;
            // A few others with HTXS and an initiative are Chiến sĩ thi đua cơ sở, within the decree's share.
            if (chain || (level == RatingLevel.EXCELLENT && fighters < 2 && !person.code().equals(INITIATIVE))) {
                titles.add(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
                fighters += chain ? 0 : 1;
                boolean provincial = chain && past == year - 1;
                achievement(person, provincial ? "PROVINCIAL" : "GRASSROOTS", past, provincial
                        ? "Sáng kiến xây dựng cơ sở dữ liệu theo dõi chỉ tiêu kinh tế – xã hội của tỉnh" + SAMPLE
                        : "Sáng kiến cải tiến quy trình xử lý văn bản của phòng" + SAMPLE);
            }
            for (EmulationTitle title : titles) {
                awards.enter(new AwardEntry(Nominee.person(person.cadreId()), person.unitId(), past, title, null,
                        decision), RECORDED_BY);
            }
        }
        for (Map.Entry<Long, String> collective : collectives().entrySet()) {
            boolean excellent = EXCELLENT_COLLECTIVES.contains(collective.getValue())
                    && past == (collective.getValue().endsWith(".KT") ? year - 1 : year - 2);
            awards.enter(new AwardEntry(Nominee.collective(collective.getKey()), collective.getKey(), past,
                    excellent ? EmulationTitle.EXCELLENT_COLLECTIVE : EmulationTitle.ADVANCED_COLLECTIVE, null,
                    decision), RECORDED_BY);
        }
    }

    /**
     * The made-up level: the three people of the story as they need, the others mostly "hoàn thành tốt", now and then
     * HTXS or "hoàn thành", varying with the year.
     */
    static RatingLevel level(Posted person, int past, int year) {
        return switch (person.code()) {
            case CHAIN -> past >= year - 2 ? RatingLevel.EXCELLENT : RatingLevel.GOOD;
            case INITIATIVE -> RatingLevel.GOOD;
            case NOT_REGISTERED -> past == year - 1 ? RatingLevel.EXCELLENT : RatingLevel.GOOD;
            default -> (person.number() + past) % 7 == 0 ? RatingLevel.COMPLETED
                    : (person.number() * 3 + past) % 5 == 0 ? RatingLevel.EXCELLENT : RatingLevel.GOOD;
        };
    }

    /** This year's registrations: everyone posted today but one, one of them late; every department and centre. */
    private void registrations(int year) {
        for (Posted person : posted(LocalDate.now(clock))) {
            if (person.code().equals(NOT_REGISTERED)) {
                continue;
            }
            EmulationTitle target = switch (person.code()) {
                case CHAIN -> EmulationTitle.PROVINCIAL_EMULATION_FIGHTER;
                case INITIATIVE -> EmulationTitle.GRASSROOTS_EMULATION_FIGHTER;
                default -> EmulationTitle.ADVANCED_WORKER;
            };
            register("INDIVIDUAL", person.cadreId(), person.unitId(), year, target, person.code().equals(LATE));
        }
        collectives().forEach((unit, code) -> register("COLLECTIVE", unit, unit, year,
                EXCELLENT_COLLECTIVES.contains(code) ? EmulationTitle.EXCELLENT_COLLECTIVE
                        : EmulationTitle.ADVANCED_COLLECTIVE, false));
    }

    private void register(String holder, long subject, long unit, int year, EmulationTitle target, boolean late) {
        jdbc.sql("""
                        insert into emulation_registration (holder, subject_id, unit_id, emulation_year, target_title,
                            registered_on, late, source, recorded_by, recorded_at, version)
                        select :holder, :subject, :unit, :year, :target, :on, :late, 'FORM', :by, :at, 0
                        where not exists (select 1 from emulation_registration
                            where holder = :holder and subject_id = :subject and emulation_year = :year)""")
                .param("holder", holder).param("subject", subject).param("unit", unit).param("year", year)
                .param("target", target.name()).param("on", LocalDate.of(year, late ? 3 : 1, late ? 20 : 15))
                .param("late", late).param("by", RECORDED_BY).param("at", OffsetDateTime.now(clock)).update();
    }

    private void achievement(Posted person, String level, int year, String name) {
        jdbc.sql("""
                        insert into emulation_achievement (holder, subject_id, unit_id, kind, name, recognition_level,
                            recognised_year, recognised_by, recognition_ref, recorded_by, recorded_at, version)
                        values ('INDIVIDUAL', :subject, :unit, 'INITIATIVE', :name, :level, :year, :by, :ref,
                            :recorded, :at, 0)""")
                .param("subject", person.cadreId()).param("unit", person.unitId()).param("name", name)
                .param("level", level).param("year", year)
                .param("by", level.equals("PROVINCIAL") ? "Hội đồng sáng kiến tỉnh Ninh Bình" + SAMPLE
                        : "Hội đồng sáng kiến Văn phòng UBND tỉnh" + SAMPLE)
                .param("ref", "QĐ công nhận sáng kiến năm " + year + SAMPLE).param("recorded", RECORDED_BY)
                .param("at", OffsetDateTime.now(clock)).update();
    }

    /** A locked yearly level on the state track, as the annual review of that year would have left it. */
    private void yearlyRating(Posted person, int year, RatingLevel level) {
        OffsetDateTime decided = LocalDate.of(year, 12, 20).atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime();
        jdbc.sql("""
                        insert into yearly_rating (subject_kind, track, cadre_id, unit_id, rating_year, live_key, status,
                            heads_unit, cap_exempt, disciplined, decided_level, decided_by, decided_at,
                            decision_reason, provisional, locked_by, locked_at, version)
                        select 'CADRE', 'STATE', :cadre, :unit, :year, :key, 'LOCKED', false, false, false, :level,
                            :by, :at, :reason, false, :by, :at, 0
                        where not exists (select 1 from yearly_rating where live_key = :key and rating_year = :year)""")
                .param("cadre", person.cadreId()).param("unit", person.unitId()).param("year", year)
                .param("key", "C" + person.cadreId() + ":STATE").param("level", level.name())
                .param("by", RECORDED_BY).param("at", decided)
                .param("reason", "Kết quả xếp loại năm đã khóa" + SAMPLE + ".").update();
    }

    /** The people posted in the office on {@code day}, with the unit of their first post there. */
    private List<Posted> posted(LocalDate day) {
        return new ArrayList<>(jdbc.sql("""
                        select c.id, c.code, min(p.unit_id) as unit_id
                        from org_cadre c join org_appointment a on a.cadre_id = c.id
                        join org_position p on p.id = a.position_id join org_unit u on u.id = p.unit_id
                        where c.code like 'NB%' and (u.code = :office or u.code like :below)
                          and a.start_date <= :day and (a.end_date is null or a.end_date >= :day)
                        group by c.id, c.code order by c.code""")
                .param("office", OFFICE).param("below", OFFICE + ".%").param("day", day)
                .query((rs, row) -> new Posted(rs.getLong("id"), rs.getString("code"), rs.getLong("unit_id")))
                .list());
    }

    /** The office's departments and centres by id, with their codes. */
    private Map<Long, String> collectives() {
        Map<Long, String> units = new TreeMap<>();
        jdbc.sql("select id, code from org_unit where code like :below and kind in (:kinds) order by code")
                .param("below", OFFICE + ".%").param("kinds", COLLECTIVES)
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("code"))).list()
                .forEach(unit -> units.put(unit.getKey(), unit.getValue()));
        return units;
    }

    private Long unitId(String code) {
        return jdbc.sql("select id from org_unit where code = :code").param("code", code).query(Long.class)
                .optional().orElse(null);
    }
}
