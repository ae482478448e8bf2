package vn.danhgia.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.reporting.emulation.EmulationChains;
import vn.danhgia.reporting.emulation.EmulationPanel;
import vn.danhgia.reporting.emulation.EmulationReports;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.Achievement;
import vn.danhgia.rules.emulation.EmulationReason;
import vn.danhgia.rules.emulation.EmulationReasonCode;
import vn.danhgia.rules.emulation.EmulationRules;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.PersonYear;
import vn.danhgia.rules.emulation.Registration;
import vn.danhgia.rules.emulation.TitleEligibility;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 14 §7: started on 6 December 2026, the demo holds 2023–2025 of the Ninh Bình office's levels, titles and
 * initiatives and 2026's registrations, and the chains show: Lương Thị Mai one year from Chiến sĩ thi đua cấp tỉnh
 * (Luật TĐKT 2022 Điều 22), Hà Quốc Bảo's initiative of 2026 carrying Chiến sĩ thi đua cơ sở without HTXS (Điều 23),
 * Tạ Thu Trang not registered (seed 003 §III.1).
 */
@Tag("persistence")
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-emulation;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "danhgia.demo.history.enabled=false",
        "danhgia.demo.annual.enabled=false", "danhgia.demo.emulation.enabled=true"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@Import(DemoEmulationTests.StartedInDecember.class)
class DemoEmulationTests {

    static final int YEAR = 2026;

    @Autowired
    DemoEmulation demo;

    @Autowired
    EmulationRecords records;

    @Autowired
    EmulationReports reports;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @Autowired
    MockMvc mvc;

    @Test
    void threeEarlierYearsHaveLevelsTitlesAndInitiativesAndARestartChangesNothing() throws Exception {
        for (int year = YEAR - 3; year < YEAR; year++) {
            assertThat(count("emulation_award where award_year = " + year + " and title = 'ADVANCED_WORKER'"))
                    .as("Lao động tiên tiến " + year).isGreaterThan(10);
            assertThat(count("emulation_award where award_year = " + year + " and holder = 'COLLECTIVE'"))
                    .as("collectives " + year).isGreaterThan(5);
            assertThat(count("yearly_rating where status = 'LOCKED' and rating_year = " + year))
                    .as("levels " + year).isGreaterThan(20);
        }
        long awards = count("emulation_award");
        long registrations = count("emulation_registration");
        long achievements = count("emulation_achievement");

        demo.run(null);

        assertThat(count("emulation_award")).isEqualTo(awards);
        assertThat(count("emulation_registration")).isEqualTo(registrations);
        assertThat(count("emulation_achievement")).isEqualTo(achievements);
    }

    @Test
    void mostPeopleRegisteredThisYearOneLateAndOneNot() {
        Map<Nominee, Registration> registered = records.registrations(List.of(person(DemoEmulation.CHAIN),
                person(DemoEmulation.NOT_REGISTERED), person(DemoEmulation.LATE)), YEAR);

        assertThat(registered.get(person(DemoEmulation.CHAIN))).isEqualTo(Registration.ON_TIME);
        assertThat(registered.get(person(DemoEmulation.NOT_REGISTERED))).isEqualTo(Registration.MISSING);
        assertThat(registered.get(person(DemoEmulation.LATE))).isEqualTo(Registration.LATE);
        EmulationPanel panel = TestActors.runAs(actors.account("tochuc"), () -> reports.panel(YEAR, null));
        assertThat(panel.individualRegistrations()).isGreaterThan(30);
        assertThat(panel.lateRegistrations()).isEqualTo(1);
    }

    // Điều 22: two consecutive Chiến sĩ thi đua cơ sở and a provincial initiative, one year away.
    @Test
    void theChainShowsForTheUnitHeadAndOnTheReportPage() throws Exception {
        EmulationChains chains = TestActors.runAs(actors.account("truongphong"), () -> reports.chains(YEAR - 1, null));

        EmulationChains.Prospect chain = chains.prospects().stream()
                .filter(p -> p.code().equals(DemoEmulation.CHAIN)
                        && p.title() == EmulationTitle.PROVINCIAL_EMULATION_FIGHTER)
                .findFirst().orElseThrow();
        assertThat(chain.yearsHeld()).isEqualTo(2);
        assertThat(chain.stillMissing()).isEmpty();
        mvc.perform(get("/reports/emulation").with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chain-NB014-PROVINCIAL_EMULATION_FIGHTER")));
    }

    // Điều 23 and seed 003 §III.1, asked of the rules with the demo's records and a GOOD year 2026.
    @Test
    void theInitiativeCarriesTheGrassrootsFighterAndTheMissingRegistrationRefusesIt() {
        assertThat(grassrootsFighter(DemoEmulation.INITIATIVE).eligible()).isTrue();
        assertThat(grassrootsFighter(DemoEmulation.INITIATIVE).reasons()).filteredOn(
                reason -> reason.code() == EmulationReasonCode.EXCELLENT_OR_ACHIEVEMENT)
                .extracting(EmulationReason::arguments).containsExactly(List.of(false, 1L));
        assertThat(grassrootsFighter(DemoEmulation.NOT_REGISTERED).unmet()).extracting(EmulationReason::code)
                .contains(EmulationReasonCode.REGISTERED);
    }

    private TitleEligibility grassrootsFighter(String code) {
        Nominee nominee = person(code);
        List<Achievement> achievements = records.achievements(List.of(nominee), YEAR).get(nominee);
        List<PersonYear> history = new ArrayList<>();
        records.awards(List.of(nominee), YEAR - 1).get(nominee).forEach((year, titles) -> history.add(
                PersonYear.past(year, RatingLevel.GOOD, titles, achievements.stream()
                        .filter(achievement -> achievement.year() == year).toList())));
        history.add(new PersonYear(YEAR, RatingLevel.GOOD, records.registrations(List.of(nominee), YEAR).get(nominee),
                null, false, Set.of(), achievements.stream().filter(achievement -> achievement.year() == YEAR)
                .toList(), null, null));
        return new EmulationRules(EmulationThresholds.defaults()).forPerson(history, YEAR,
                EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
    }

    private Nominee person(String code) {
        return Nominee.person(organization.cadreByCode(code).orElseThrow().id().value());
    }

    private long count(String fromWhere) {
        return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StartedInDecember {

        @Bean
        @Primary
        MutableClock decemberClock() {
            MutableClock clock = new MutableClock();
            clock.setDate(LocalDate.of(2026, 12, 6));
            return clock;
        }

        @Bean
        TestActors testActors(UserAccountRepository accounts, OrganizationQueries organization) {
            return new TestActors(accounts, organization);
        }
    }
}
