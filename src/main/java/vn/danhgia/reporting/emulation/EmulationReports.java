package vn.danhgia.reporting.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.ReportScope;
import vn.danhgia.reporting.ReportScopes;
import vn.danhgia.reporting.UnitOption;
import vn.danhgia.reporting.UnitTree;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * The emulation reports (issue 14 §6) for the reader's scope, checked as the other reports are ({@link ReportScopes}:
 * the personnel office the units it serves, a unit head their units, an authority the cadres it manages, the
 * administrator everything): the titles per unit and year, the chains about to qualify, and the dashboard's panel.
 */
@Service
@Transactional(readOnly = true)
public class EmulationReports {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2200;

    private final EmulationReportSql sql;
    private final ReportScopes scopes;
    private final EmulationChainsReader chains;

    EmulationReports(EmulationReportSql sql, ReportScopes scopes, EmulationChainsReader chains) {
        this.sql = sql;
        this.scopes = scopes;
        this.chains = chains;
    }

    /** What the report pages offer: the year shown by default and the units the reader may narrow to. */
    public record Choices(int defaultYear, List<UnitOption> units) {
    }

    /** The last year with titles on record up to {@code yearUnderReview}, else the year before it. */
    public Choices choices(int yearUnderReview) {
        scopes.requireReporter();
        return new Choices(sql.lastAwardYear(yearUnderReview).orElse(yearUnderReview - 1),
                scopes.unitOptions(scopes.tree()));
    }

    /** The titles and rewards of {@code year} per unit of the scope (narrowed to {@code unit}'s subtree if given). */
    public EmulationTitles titles(Integer year, Long unit) {
        return titles(check(year, unit));
    }

    EmulationTitles titles(Checked checked) {
        Map<Long, Map<EmulationTitle, Long>> byUnit = new HashMap<>();
        for (EmulationReportSql.TitleCount count : sql.titleCounts(checked.year(), checked.scope())) {
            byUnit.computeIfAbsent(count.unitId(), id -> new EnumMap<>(EmulationTitle.class))
                    .merge(EmulationTitle.valueOf(count.title()), count.awarded(), Long::sum);
        }
        List<EmulationTitles.UnitLine> lines = new ArrayList<>();
        Map<EmulationTitle, Long> total = new EnumMap<>(EmulationTitle.class);
        for (UnitOption option : checked.tree().options(byUnit.keySet())) {
            Map<EmulationTitle, Long> counts = byUnit.get(option.id());
            lines.add(new EmulationTitles.UnitLine(option.id(), option.code(), option.name(), option.depth(), counts));
            counts.forEach((title, awarded) -> total.merge(title, awarded, Long::sum));
        }
        return new EmulationTitles(checked.year(), checked.scope().bodyName(), List.of(EmulationTitle.values()),
                lines, new EmulationTitles.UnitLine(null, null, null, 0, total));
    }

    /** Who is one year away from a title after {@code year}, as the rules count the runs on record. */
    public EmulationChains chains(Integer year, Long unit) {
        return chains(check(year, unit));
    }

    EmulationChains chains(Checked checked) {
        LocalDate lastDay = LocalDate.of(checked.year() + 1, 12, 31);
        LocalDate today = scopes.today();
        LocalDate postedOn = today.isBefore(lastDay) ? today : lastDay;
        return new EmulationChains(checked.year(), checked.year() + 1, checked.scope().bodyName(),
                chains.prospects(checked.year(), postedOn, checked.scope(), checked.tree()));
    }

    /** The panel of the dashboard: the year's registrations, chosen nominations and titles in the scope. */
    public EmulationPanel panel(int year, Long unit) {
        Checked checked = check(year, unit);
        EmulationTitles titles = titles(checked);
        EmulationReportSql.Activity activity = sql.activity(checked.year(), checked.scope());
        List<EmulationPanel.TitleCount> byTitle = titles.titles().stream()
                .map(title -> new EmulationPanel.TitleCount(title, titles.total().count(title)))
                .filter(count -> count.awarded() > 0).toList();
        return new EmulationPanel(checked.year(), activity.individuals(), activity.collectives(), activity.late(),
                activity.chosen(), titles.total().total(), byTitle);
    }

    /** A checked request: the year, the unit tree and the reader's scope narrowed to the chosen unit. */
    record Checked(int year, UnitTree tree, ReportScope scope) {
    }

    Checked check(Integer year, Long unit) {
        scopes.requireReporter();
        UnitTree tree = scopes.tree();
        List<FieldViolation> violations = new ArrayList<>(ReportScopes.checkUnit(unit, tree));
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(FieldViolation.of("year", "emulationreports.validation.year",
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Checked(year, tree, scopes.of(unit, tree));
    }
}
