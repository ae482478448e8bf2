package vn.danhgia.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.imports.ImportAction;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.organization.NewPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.PositionView;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * Positions (chức vụ): code, title, rank, track, the stored unit they belong to and whether their holder is a
 * leader rated quarterly. Administrators only; only creates, like units.
 */
@Component
class PositionImporter implements Importer {

    private final OrganizationQueries organization;
    private final OrganizationService service;
    private final VietnameseMessages vietnamese;
    private final Column code = Column.required("imports.position.code", 80, "code");
    private final Column title = Column.required("imports.position.title", 255, "title");
    private final Column rank;
    private final Column track;
    private final Column unit = Column.required("imports.position.unit", 60, "unit");
    private final Column leader = Column.required("imports.position.leader", 10, "leader");
    private final Choices<PositionRank> ranks;
    private final Choices<PositionTrack> tracks;

    PositionImporter(OrganizationQueries organization, OrganizationService service, VietnameseMessages vietnamese) {
        this.organization = organization;
        this.service = service;
        this.vietnamese = vietnamese;
        this.ranks = vietnamese.choices(PositionRank.class, PositionRank::messageKey);
        this.tracks = vietnamese.choices(PositionTrack.class, PositionTrack::messageKey);
        this.rank = Column.choice("imports.position.rank", true, "rank", ranks);
        this.track = Column.choice("imports.position.track", true, "track", tracks);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.POSITIONS;
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout("Chức vụ", List.of(code, title, rank, track, unit, leader),
                List.of("VPUB-NB.KT.PHO", "Phó Trưởng phòng", ranks.labelOf(PositionRank.DEPUTY),
                        tracks.labelOf(PositionTrack.GOVERNMENT), "VPUB-NB.KT", vietnamese.text("imports.template.yes")));
    }

    @Override
    public boolean mayUse(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    @Override
    public List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems) {
        List<PlannedRecord> plan = new ArrayList<>();
        FirstRows codes = new FirstRows();
        for (ImportRow row : rows) {
            String positionCode = row.text(code);
            String positionTitle = row.text(title);
            PositionRank positionRank = row.choice(rank, ranks);
            PositionTrack positionTrack = row.choice(track, tracks);
            String unitCode = row.text(unit);
            Boolean isLeader = row.yesNo(leader);
            Optional<UnitView> storedUnit = unitCode == null ? Optional.empty() : organization.unitByCode(unitCode);
            if (unitCode != null && storedUnit.isEmpty()) {
                row.problem(unit, "imports.row.unknown-unit", unitCode);
            }
            if (positionCode != null) {
                codes.first(row, code, positionCode, positionCode);
            }
            if (row.hasProblems()) {
                continue;
            }
            Optional<PositionView> stored = organization.positionByCode(positionCode);
            if (stored.isPresent()) {
                PositionView position = stored.get();
                String storedUnitCode = organization.unit(position.unit()).map(UnitView::code).orElse(null);
                if (new StoredComparison(row, positionCode, vietnamese).field(title, position.title(), positionTitle)
                        .field(rank, position.rank(), positionRank).field(track, position.track(), positionTrack)
                        .field(unit, storedUnitCode, unitCode).field(leader, position.leader(), isLeader).same()) {
                    plan.add(PlannedRecord.unchanged(row.number(), positionCode, code));
                }
                continue;
            }
            NewPosition created = new NewPosition(positionCode, positionTitle, positionRank, positionTrack,
                    storedUnit.get().id(), isLeader);
            plan.add(new PlannedRecord(row.number(), positionCode, ImportAction.CREATE, code,
                    log -> service.createPosition(created)));
        }
        return plan;
    }
}
