package vn.danhgia.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.PastAward;
import vn.danhgia.emulation.PastAwards;
import vn.danhgia.imports.ImportAction;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * Emulation titles and rewards of earlier years (issue 14 §2), so that the chains of consecutive years start from
 * real history: one row per title, of a cadre (mã cán bộ) or of a collective (mã đơn vị), never both. A title for the
 * other kind of holder is a problem at its row; the year must come before the one under review and the holder be in
 * the importer's scope, which {@link PastAwards} checks. A title already on record is left alone: only creates.
 * The personnel office and administrators.
 */
@Component
class EmulationTitleImporter implements Importer {

    private final OrganizationQueries organization;
    private final PastAwards pastAwards;
    private final Column cadre = Column.optional("emulationhistory.import.cadre", 40, "cadre");
    private final Column unit = Column.optional("emulationhistory.import.unit", 60, "unit");
    private final Column year = Column.required("emulationhistory.import.year", 10, "year");
    private final Column title;
    private final Column decisionRef = Column.optional("emulationhistory.import.decisionRef", 200, "decisionRef");
    private final Choices<EmulationTitle> titles;

    EmulationTitleImporter(OrganizationQueries organization, PastAwards pastAwards, VietnameseMessages vietnamese) {
        this.organization = organization;
        this.pastAwards = pastAwards;
        this.titles = vietnamese.choices(EmulationTitle.class, EmulationTitle::messageKey);
        this.title = Column.choice("emulationhistory.import.title", true, "title", titles);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.EMULATION_TITLES;
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout("Danh hiệu thi đua", List.of(cadre, unit, year, title, decisionRef),
                List.of("NB014", "", "2024", titles.labelOf(EmulationTitle.ADVANCED_WORKER),
                        "Quyết định số 15/QĐ-VP ngày 10/01/2025"));
    }

    @Override
    public boolean mayUse(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.PERSONNEL_OFFICER);
    }

    /** A row read without problems: the award it describes and the column its holder was named in. */
    private record Planned(int row, String key, Column holderColumn, PastAward award) {
    }

    @Override
    public List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems) {
        List<Planned> read = new ArrayList<>();
        FirstRows seen = new FirstRows();
        for (ImportRow row : rows) {
            String cadreCode = row.text(cadre);
            String unitCode = row.text(unit);
            Integer awardYear = WholeYears.of(row, year);
            EmulationTitle awarded = row.choice(title, titles);
            String reference = row.text(decisionRef);
            if ((cadreCode == null) == (unitCode == null)) {
                row.problem(cadre, "emulationhistory.import.oneHolder");
                continue;
            }
            Column holderColumn = cadreCode != null ? cadre : unit;
            Optional<Nominee> nominee = cadreCode != null
                    ? organization.cadreByCode(cadreCode).map(CadreView::id).map(id -> Nominee.person(id.value()))
                    : organization.unitByCode(unitCode).map(UnitView::id).map(id -> Nominee.collective(id.value()));
            if (nominee.isEmpty()) {
                row.problem(holderColumn, cadreCode != null ? "imports.row.unknown-cadre" : "imports.row.unknown-unit",
                        cadreCode != null ? cadreCode : unitCode);
            } else if (awarded != null && wrongHolder(awarded, nominee.get().holder())) {
                // Luật TĐKT 2022 sets each title for individuals or for collectives (EmulationTitle.nominee()).
                row.problem(title, nominee.get().holder() == EmulationHolder.INDIVIDUAL
                        ? "emulationhistory.award.collectiveTitleForPerson"
                        : "emulationhistory.award.personTitleForCollective");
            }
            if (row.hasProblems()) {
                continue;
            }
            String code = cadreCode != null ? cadreCode : unitCode;
            String key = code + " – " + awardYear + " – " + titles.labelOf(awarded);
            if (seen.first(row, holderColumn, key, key)) {
                read.add(new Planned(row.number(), key, holderColumn,
                        new PastAward(nominee.get(), awardYear, awarded, reference)));
            }
        }
        List<PlannedRecord> plan = new ArrayList<>();
        for (Planned planned : read) {
            PastAward award = planned.award();
            boolean present = pastAwards.onRecord(award);
            plan.add(present ? PlannedRecord.unchanged(planned.row(), planned.key(), planned.holderColumn())
                    : new PlannedRecord(planned.row(), planned.key(), ImportAction.CREATE, planned.holderColumn(),
                    log -> pastAwards.enter(award)));
        }
        return plan;
    }

    private static boolean wrongHolder(EmulationTitle awarded, EmulationHolder holder) {
        return (awarded.nominee() == EmulationTitle.Nominee.PERSON) != (holder == EmulationHolder.INDIVIDUAL);
    }
}
