package vn.danhgia.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.AchievementEntries;
import vn.danhgia.emulation.AchievementEntry;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.imports.ImportAction;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.RecognitionLevel;

/**
 * Initiatives, research projects and works on record (sáng kiến, đề tài, công trình; issue 14 §2): one row per
 * achievement of a cadre (mã cán bộ) or a collective (mã đơn vị), with the level, year and body that recognised it.
 * One of the same holder, name and year already on record is left alone: only creates. The recording checks the
 * values and the scope ({@link AchievementEntries}). The personnel office and administrators.
 */
@Component
class EmulationAchievementImporter implements Importer {

    private final OrganizationQueries organization;
    private final AchievementEntries achievements;
    private final Column cadre = Column.optional("emulationhistory.import.cadre", 40, "cadre");
    private final Column unit = Column.optional("emulationhistory.import.unit", 60, "unit");
    private final Column kind;
    private final Column name = Column.required("emulationhistory.import.achievementName", 500, "name");
    private final Column level;
    private final Column year = Column.required("emulationhistory.import.recognisedYear", 10, "year");
    private final Column recognisedBy = Column.optional("emulationhistory.import.recognisedBy", 300,
            "recognisedBy");
    private final Column recognitionRef = Column.optional("emulationhistory.import.recognitionRef", 100,
            "recognitionRef");
    private final Choices<AchievementKind> kinds;
    private final Choices<RecognitionLevel> levels;

    EmulationAchievementImporter(OrganizationQueries organization, AchievementEntries achievements,
                                 VietnameseMessages vietnamese) {
        this.organization = organization;
        this.achievements = achievements;
        this.kinds = vietnamese.choices(AchievementKind.class, AchievementKind::messageKey);
        this.levels = vietnamese.choices(RecognitionLevel.class, RecognitionLevel::messageKey);
        this.kind = Column.choice("emulationhistory.import.achievementKind", true, "kind", kinds);
        this.level = Column.choice("emulationhistory.import.recognitionLevel", true, "level", levels);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ACHIEVEMENTS;
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout("Sáng kiến, đề tài",
                List.of(cadre, unit, kind, name, level, year, recognisedBy, recognitionRef),
                List.of("NB014", "", kinds.labelOf(AchievementKind.INITIATIVE),
                        "Số hóa hồ sơ thẩm định dự án đầu tư công", levels.labelOf(RecognitionLevel.GRASSROOTS),
                        "2024", "Hội đồng sáng kiến Văn phòng UBND tỉnh", "12/QĐ-VP"));
    }

    @Override
    public boolean mayUse(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.PERSONNEL_OFFICER);
    }

    @Override
    public List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems) {
        List<PlannedRecord> plan = new ArrayList<>();
        FirstRows seen = new FirstRows();
        for (ImportRow row : rows) {
            String cadreCode = row.text(cadre);
            String unitCode = row.text(unit);
            AchievementKind achievementKind = row.choice(kind, kinds);
            String achievementName = row.text(name);
            RecognitionLevel recognitionLevel = row.choice(level, levels);
            Integer recognisedYear = WholeYears.of(row, year);
            String by = row.text(recognisedBy);
            String reference = row.text(recognitionRef);
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
            }
            if (row.hasProblems()) {
                continue;
            }
            String key = (cadreCode != null ? cadreCode : unitCode) + " – " + recognisedYear + " – "
                    + achievementName;
            if (!seen.first(row, name, key.toLowerCase(Locale.ROOT), key)) {
                continue;
            }
            if (achievements.onRecord(nominee.get(), achievementName, recognisedYear)) {
                plan.add(PlannedRecord.unchanged(row.number(), key, name));
                continue;
            }
            AchievementEntry entry = new AchievementEntry(nominee.get(), achievementKind, achievementName,
                    recognitionLevel, recognisedYear, by, reference);
            plan.add(new PlannedRecord(row.number(), key, ImportAction.CREATE, holderColumn,
                    log -> achievements.record(entry)));
        }
        return plan;
    }
}
