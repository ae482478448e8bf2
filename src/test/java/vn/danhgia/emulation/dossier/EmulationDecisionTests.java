package vn.danhgia.emulation.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.EmulationReviewRows;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The office's consolidation and the recognition decision of 2155 (seed 003 §IV; issue 14 §5): Phòng Kinh tế proposes
 * Lương Thị Mai for Lao động tiên tiến and Chiến sĩ thi đua cơ sở and Hà Quốc Bảo for Lao động tiên tiến; Phòng Tổng
 * hợp proposes five Lao động tiên tiến. Lê Văn Hùng (tochuc) consolidates and records the Chánh Văn phòng's decision.
 */
@DemoDataTest
class EmulationDecisionTests {

    static final int YEAR = 2155;
    static final LocalDate SIGNED_ON = LocalDate.of(YEAR, 12, 28);

    @Autowired
    OfficeConsolidation consolidation;
    @Autowired
    EmulationDecisionService decisions;
    @Autowired
    EmulationDossierService dossiers;
    @Autowired
    EmulationRecords records;
    @Autowired
    TestActors actors;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationQueries organization;

    EmulationReviewRows rows;
    Actor hung;
    Actor admin;
    long kinhTe;
    long tongHop;
    long maiFighter;
    long refusedThao;

    @BeforeEach
    void setUp() {
        rows = new EmulationReviewRows(jdbc, organization);
        clean();
        clock.setDate(LocalDate.of(YEAR, 12, 14));
        hung = actors.account("tochuc");
        admin = actors.account("admin");
        kinhTe = rows.unit("VPUB-NB.KT");
        tongHop = rows.unit("VPUB-NB.TH");
        long kt = rows.closedReview("VPUB-NB.KT", YEAR, 7, "Trịnh Đình Phong", "Lương Thị Mai", "Biểu quyết kín.");
        rows.nominate(kt, "NB014", "ADVANCED_WORKER", true, 7, 0, "CHOSEN");
        maiFighter = rows.nominate(kt, "NB014", "GRASSROOTS_EMULATION_FIGHTER", true, 6, 1, "CHOSEN");
        rows.nominate(kt, "NB015", "ADVANCED_WORKER", true, 7, 0, "CHOSEN");
        refusedThao = rows.nominate(kt, "NB016", "ADVANCED_WORKER", false, 2, 5, "REFUSED");
        long th = rows.closedReview("VPUB-NB.TH", YEAR, 5, "Vũ Đức Long", "Vũ Thị Hải Yến", "Biểu quyết.");
        for (String code : List.of("NB007", "NB008", "NB009", "NB010", "NB011")) {
            rows.nominate(th, code, "ADVANCED_WORKER", true, 5, 0, "CHOSEN");
        }
        TestActors.runAs(actors.account("truongphong"), () -> dossiers.send(kinhTe, YEAR, null));
    }

    @AfterEach
    void clean() {
        rows.clean(2155, 2155);
    }

    @Test
    void theConsolidationCountsWhatTheSentDossiersProposeAndWhoseIsMissing() {
        OfficeConsolidationView office = TestActors.runAs(hung, () -> consolidation.of(YEAR));

        // Every phòng, ban and trung tâm of the office is listed; only Phòng Kinh tế's dossier has arrived.
        assertThat(office.units()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(office.sent()).isEqualTo(1);
        assertThat(office.late()).isZero();
        assertThat(office.missing()).isEqualTo(office.units().size() - 1);
        assertThat(office.units()).filteredOn(unit -> unit.unitId() == tongHop).singleElement()
                .satisfies(unit -> {
                    assertThat(unit.received()).isFalse();
                    assertThat(unit.review()).isEqualTo("CLOSED");
                    assertThat(unit.chosen()).isEqualTo(5);
                });
        assertThat(office.titles()).extracting(total -> total.title() + " " + total.count())
                .containsExactly("ADVANCED_WORKER 2", "GRASSROOTS_EMULATION_FIGHTER 1");
        // Nghị định 98/2023: at most 15 % of the Lao động tiên tiến, rounded down: 15 % of 2 allows none.
        assertThat(office.cap()).isEqualTo(new OfficeConsolidationView.GrassrootsCap(2, 1, 0));
        assertThat(office.cap().within()).isFalse();

        TestActors.runAs(admin, () -> dossiers.send(tongHop, YEAR, null));
        OfficeConsolidationView both = TestActors.runAs(hung, () -> consolidation.of(YEAR));

        // 15 % of 7 is 1,05: one Chiến sĩ thi đua cơ sở is allowed over the whole office, and one is proposed.
        assertThat(both.cap()).isEqualTo(new OfficeConsolidationView.GrassrootsCap(7, 1, 1));
        assertThat(both.cap().within()).isTrue();
        assertThat(both.sent()).isEqualTo(2);
        assertThat(both.nominations()).hasSize(8).noneMatch(NominationLine::decided);
    }

    @Test
    void theDecisionEntersEveryOpenNominationInTheHoldersHistoriesAndSettlesTheDossier() {
        DecisionView decision = TestActors.runAs(hung, () -> decisions.record(new DecisionRequest(YEAR,
                " 125/QĐ-VP ", SIGNED_ON, "Chánh Văn phòng UBND tỉnh", null)));

        // Phòng Kinh tế's three chosen nominations; Mai Thị Phương Thảo was refused by the meeting, Phòng Tổng hợp
        // has not sent its dossier.
        assertThat(decision.number()).isEqualTo("125/QĐ-VP");
        assertThat(decision.recognised()).extracting(line -> line.name() + ": " + line.title())
                .containsExactly("Lương Thị Mai: ADVANCED_WORKER", "Lương Thị Mai: GRASSROOTS_EMULATION_FIGHTER",
                        "Hà Quốc Bảo: ADVANCED_WORKER");
        Nominee mai = Nominee.person(rows.cadre("NB014"));
        Nominee bao = Nominee.person(rows.cadre("NB015"));
        Nominee thao = Nominee.person(rows.cadre("NB016"));
        Map<Nominee, Map<Integer, Set<EmulationTitle>>> awards = records.awards(List.of(mai, bao, thao), YEAR);
        assertThat(awards.get(mai)).containsEntry(YEAR, Set.of(EmulationTitle.ADVANCED_WORKER,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER));
        assertThat(awards.get(bao)).containsEntry(YEAR, Set.of(EmulationTitle.ADVANCED_WORKER));
        assertThat(awards.get(thao)).isEmpty();
        assertThat(jdbc.sql("select decision_ref from emulation_award where subject_id = :mai and award_year = :year"
                        + " and title = 'GRASSROOTS_EMULATION_FIGHTER'").param("mai", mai.subjectId())
                .param("year", YEAR).query(String.class).single()).isEqualTo("125/QĐ-VP ngày 28/12/2155");
        assertThat(TestActors.runAs(hung, () -> dossiers.dossier(kinhTe, YEAR)).status())
                .isEqualTo(EmulationDossierStatus.DECIDED);
        // Her own audit trail shows the award entered for her.
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EMULATION_AWARD_ENTERED'"
                + " and subject_cadre_id = :mai and record_id = :decision").param("mai", mai.subjectId())
                .param("decision", decision.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EMULATION_DECISION_RECORDED'"
                + " and record_id = :decision").param("decision", decision.id()).query(Long.class).single())
                .isEqualTo(1);
        OfficeConsolidationView office = TestActors.runAs(hung, () -> consolidation.of(YEAR));
        assertThat(office.decisions()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo("125/QĐ-VP");
            assertThat(line.recognised()).isEqualTo(3);
        });
        assertThat(office.nominations()).filteredOn(line -> line.unitId() == kinhTe)
                .allMatch(line -> "125/QĐ-VP".equals(line.decisionNumber()));

        // Nothing is left open: a second decision has nothing to recognise.
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> decisions.record(new DecisionRequest(YEAR,
                "126/QĐ-VP", SIGNED_ON, "Chánh Văn phòng UBND tỉnh", null))))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulationdossier.decision.nothing"));
    }

    @Test
    void aDecisionRecognisesOnlyTheNominationsItNamesAndOnlyThoseOfSentDossiers() {
        long thTitle = jdbc.sql("select min(n.id) from emulation_nomination n join emulation_review r"
                + " on r.id = n.review_id where r.unit_id = :unit and r.review_year = :year")
                .param("unit", tongHop).param("year", YEAR).query(Long.class).single();
        // Phòng Tổng hợp's dossier has not reached the office; the meeting refused Mai Thị Phương Thảo.
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> decisions.record(new DecisionRequest(YEAR,
                "125/QĐ-VP", SIGNED_ON, "Chánh Văn phòng UBND tỉnh", List.of(maiFighter, thTitle, refusedThao)))))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("emulationdossier.decision.not-open");
                    assertThat(refused.arguments()).containsExactly(thTitle + ", " + refusedThao);
                });

        DecisionView decision = TestActors.runAs(hung, () -> decisions.record(new DecisionRequest(YEAR,
                "125/QĐ-VP", SIGNED_ON, "Chánh Văn phòng UBND tỉnh", List.of(maiFighter))));

        assertThat(decision.recognised()).extracting(NominationLine::nominationId).containsExactly(maiFighter);
        assertThat(records.awards(List.of(Nominee.person(rows.cadre("NB014"))), YEAR).values().iterator().next())
                .containsExactly(Map.entry(YEAR, Set.of(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER)));
        assertThat(TestActors.runAs(hung, () -> dossiers.dossier(kinhTe, YEAR)).status())
                .isEqualTo(EmulationDossierStatus.DECIDED);
        // A decided dossier's other nominations stay open to a later decision; naming none recognises none.
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> decisions.record(new DecisionRequest(YEAR,
                "130/QĐ-VP", SIGNED_ON, "Chánh Văn phòng UBND tỉnh", List.of()))))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("emulationdossier.decision.none-selected"));
        DecisionView later = TestActors.runAs(hung, () -> decisions.record(new DecisionRequest(YEAR, "130/QĐ-VP",
                SIGNED_ON, "Chánh Văn phòng UBND tỉnh", null)));
        assertThat(later.recognised()).extracting(line -> line.name() + ": " + line.title())
                .containsExactly("Lương Thị Mai: ADVANCED_WORKER", "Hà Quốc Bảo: ADVANCED_WORKER");
        // The same number signed the same day cannot be recorded twice; fields are named when missing.
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> decisions.record(new DecisionRequest(YEAR,
                "125/QĐ-VP", SIGNED_ON, "Chánh Văn phòng UBND tỉnh", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("number emulationdossier.decision.number.taken"));
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> decisions.record(new DecisionRequest(YEAR, "",
                null, " ", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(v -> v.field()).containsExactly("number", "signedOn", "authority"));
    }

    @Test
    void onlyThePersonnelOfficeConsolidatesAndDecides() {
        Actor phong = actors.account("truongphong");
        Actor thamquyen = actors.account("thamquyen");
        for (Actor outsider : List.of(phong, thamquyen, actors.account("canbo"))) {
            assertThatThrownBy(() -> TestActors.runAs(outsider, () -> consolidation.of(YEAR)))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> TestActors.runAs(outsider, () -> decisions.record(new DecisionRequest(YEAR,
                    "125/QĐ-VP", SIGNED_ON, "Chánh Văn phòng UBND tỉnh", null))))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(jdbc.sql("select count(*) from emulation_award where award_year = :year").param("year", YEAR)
                .query(Long.class).single()).isZero();
    }
}
