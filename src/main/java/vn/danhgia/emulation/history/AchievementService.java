package vn.danhgia.emulation.history;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.DocumentFiles;
import vn.danhgia.platform.DocumentStorage;
import vn.danhgia.platform.DocumentUploads;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.emulation.EmulationHolder;

/**
 * Achievements on record (issue 14 §2): initiatives, research projects and works with the level that recognised
 * them, and their evidence documents kept through {@link DocumentUploads} (size and type checked, content addressed
 * by SHA-256). The unit's leaders and the personnel office serving it record, correct and remove them for the
 * unit's people and the unit itself; a person reads their own. Every change is audited with its values before and
 * after.
 */
@Service
public class AchievementService {

    public static final String RECORD_TYPE = "EMULATION_ACHIEVEMENT";

    private final RecordedAchievementRepository achievements;
    private final EvidenceFileRepository files;
    private final DocumentUploads uploads;
    private final HistoryAccess access;
    private final HolderNames names;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final OrganizationQueries organization;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    AchievementService(RecordedAchievementRepository achievements, EvidenceFileRepository files,
                       DocumentUploads uploads, HistoryAccess access, HolderNames names, CurrentActor currentActor,
                       AuditTrail audit, OrganizationQueries organization, Clock clock,
                       PlatformTransactionManager transactions) {
        this.achievements = achievements;
        this.files = files;
        this.uploads = uploads;
        this.access = access;
        this.names = names;
        this.currentActor = currentActor;
        this.audit = audit;
        this.organization = organization;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The achievements recognised in the year of the unit's people and of the unit; 404 unless one keeps it. */
    public List<AchievementView> ofUnit(long unitId, int year) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            access.checkKeepsUnit(actor, unitId);
            return views(achievements.findByUnitIdAndRecognisedYearOrderByIdAsc(unitId, year));
        });
    }

    /** The units whose holders the signed-in person keeps, by code. */
    public List<UnitView> keptUnits() {
        Actor actor = currentActor.get();
        return organization.units().stream().filter(unit -> access.keepsUnit(actor, unit.id().value())).toList();
    }

    /**
     * Whom an achievement may be recorded for in the unit: the unit itself, then the people posted in it today, by
     * code (one who holds several posts there once); 404 unless one keeps the unit.
     */
    public List<HolderChoice> holdersOf(long unitId) {
        Actor actor = currentActor.get();
        access.checkKeepsUnit(actor, unitId);
        UnitView unit = organization.unit(new UnitId(unitId)).orElseThrow();
        Map<Long, HolderChoice> people = new TreeMap<>();
        organization.cadresWithPositionsIn(List.of(new UnitId(unitId)), access.today()).stream()
                .filter(post -> !actor.isCadre(post.cadreId().value()))
                .forEach(post -> people.putIfAbsent(post.cadreId().value(), HolderChoice.of(
                        Nominee.person(post.cadreId().value()), post.cadreCode(), post.fullName())));
        List<HolderChoice> choices = new ArrayList<>();
        choices.add(HolderChoice.of(Nominee.collective(unitId), unit.code(), unit.name()));
        people.values().stream().sorted(Comparator.comparing(HolderChoice::code)).forEach(choices::add);
        return choices;
    }

    /** Every achievement of the holder, oldest first; 404 when the reader may not see the holder. */
    public List<AchievementView> ofHolder(Nominee nominee) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            access.checkSees(actor, nominee, access.keepingUnit(nominee).orElse(null));
            return views(achievements.findByHolderAndSubjectIdOrderByRecognisedYearAscIdAsc(nominee.holder(),
                    nominee.subjectId()));
        });
    }

    /** Records an achievement for a holder the caller keeps. */
    public AchievementView record(Nominee nominee, AchievementDraft draft) {
        Actor actor = currentActor.get();
        return writing.execute(status -> {
            long unitId = access.unitOf(nominee);
            access.checkKeeps(actor, nominee, unitId);
            AchievementDraft.Checked checked = draft.checked(thisYear());
            RecordedAchievement saved = achievements.saveAndFlush(new RecordedAchievement(nominee, unitId, checked,
                    actor.username(), clock.instant()));
            audit.record(new AuditRecord("EMULATION_ACHIEVEMENT_RECORDED", RECORD_TYPE, saved.getId(),
                    subjectCadre(nominee), null, saved.audited()));
            return views(List.of(saved)).get(0);
        });
    }

    /** Corrects what was recognised; refused when someone changed it since {@code version} was read. */
    public AchievementView correct(long id, long version, AchievementDraft draft) {
        Actor actor = currentActor.get();
        return writing.execute(status -> {
            RecordedAchievement achievement = kept(actor, id, version);
            AchievementDraft.Checked checked = draft.checked(thisYear());
            Map<String, Object> before = achievement.audited();
            achievement.correct(checked);
            achievements.saveAndFlush(achievement);
            audit.record(new AuditRecord("EMULATION_ACHIEVEMENT_CORRECTED", RECORD_TYPE, id,
                    subjectCadre(achievement.nominee()), before, achievement.audited()));
            return views(List.of(achievement)).get(0);
        });
    }

    /**
     * Removes the achievement and the records of its evidence (their content stays in the store, which is
     * content-addressed and may hold the same file for another record).
     */
    public void remove(long id, long version) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            RecordedAchievement achievement = kept(actor, id, version);
            Map<String, Object> before = achievement.audited();
            before.put("evidenceFiles", files.findByAchievementIdInOrderByIdAsc(List.of(id)).stream()
                    .map(EvidenceFile::originalName).toList());
            files.deleteByAchievementId(id);
            achievements.delete(achievement);
            achievements.flush();
            audit.record(new AuditRecord("EMULATION_ACHIEVEMENT_REMOVED", RECORD_TYPE, id,
                    subjectCadre(achievement.nominee()), before, null));
        });
    }

    /**
     * Stores an evidence document and attaches it to the achievement.
     *
     * @throws InvalidInputException for a file without a name or of a type not accepted, too large, or whose content
     *                               is not of the type its name gives
     */
    public EvidenceView attach(long id, String originalName, InputStream content) {
        Actor actor = currentActor.get();
        RecordedAchievement achievement = reading.execute(status -> kept(actor, id, null));
        String name = DocumentFiles.safeName(originalName);
        var type = DocumentFiles.typeOf(name);
        if (name.isEmpty() || type.isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.of("file",
                    "emulationhistory.file.typeNotAllowed")));
        }
        DocumentStorage.Stored stored;
        try {
            stored = uploads.checkAndStore(content, type.get());
        } catch (DocumentUploads.Refused refused) {
            throw new InvalidInputException(List.of(switch (refused.reason()) {
                case TOO_LARGE -> FieldViolation.of("file", "emulationhistory.file.tooLarge",
                        uploads.maxMegabytes());
                case CONTENT_MISMATCH -> FieldViolation.of("file", "emulationhistory.file.contentMismatch");
                case NOT_AN_OFFICE_FILE -> FieldViolation.of("file", "emulationhistory.file.notAnOfficeFile");
            }));
        }
        return writing.execute(status -> {
            EvidenceFile file = files.save(new EvidenceFile(id, name, type.get().contentType(), stored.size(),
                    stored.sha256(), stored.key(), actor.username(), clock.instant()));
            audit.record(new AuditRecord("EMULATION_ACHIEVEMENT_FILE_ATTACHED", RECORD_TYPE, id,
                    subjectCadre(achievement.nominee()), null,
                    Map.of("fileName", name, "sha256", stored.sha256(), "size", stored.size())));
            return file.view();
        });
    }

    /** An evidence document's content, checked against its SHA-256; 404 when the reader may not see its holder. */
    public EvidenceContent file(long fileId) {
        Actor actor = currentActor.get();
        EvidenceFile file = reading.execute(status -> {
            EvidenceFile found = files.findById(fileId)
                    .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, fileId));
            RecordedAchievement achievement = achievements.findById(found.achievementId()).orElseThrow();
            if (!access.sees(actor, achievement.nominee(), achievement.unitId())) {
                throw new RecordNotFoundException(RECORD_TYPE, fileId);
            }
            return found;
        });
        try {
            return new EvidenceContent(file.originalName(), file.contentType(),
                    uploads.readChecked(file.storageKey(), file.sha256(), file.size()));
        } catch (DocumentUploads.Unreadable unreadable) {
            throw new RuleRefusedException(unreadable.missing() ? "emulationhistory.file.missing"
                    : "emulationhistory.file.checksumMismatch", file.originalName());
        }
    }

    /** The achievement, when the caller keeps its holder, at the version they read ({@code null}: any). */
    private RecordedAchievement kept(Actor actor, long id, Long version) {
        RecordedAchievement achievement = achievements.findById(id)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (!access.sees(actor, achievement.nominee(), achievement.unitId())) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        access.checkKeeps(actor, achievement.nominee(), achievement.unitId());
        if (version != null && achievement.version() != version) {
            throw new ObjectOptimisticLockingFailureException(RecordedAchievement.class, id);
        }
        return achievement;
    }

    private List<AchievementView> views(List<RecordedAchievement> found) {
        Map<Long, List<EvidenceView>> evidence = files.findByAchievementIdInOrderByIdAsc(
                        found.stream().map(RecordedAchievement::getId).toList()).stream()
                .collect(Collectors.groupingBy(EvidenceFile::achievementId,
                        Collectors.mapping(EvidenceFile::view, Collectors.toList())));
        Map<Nominee, HolderNames.Named> named = names.of(found.stream().map(RecordedAchievement::nominee).toList());
        return found.stream().map(a -> {
            HolderNames.Named holder = named.getOrDefault(a.nominee(), new HolderNames.Named("", ""));
            return new AchievementView(a.getId(), a.version(), a.nominee().holder(), a.nominee().subjectId(),
                    holder.code(), holder.name(), a.unitId(), a.kind(), a.name(), a.level(), a.year(),
                    a.recognisedBy(), a.recognitionRef(), a.recordedBy(), a.recordedAt(),
                    evidence.getOrDefault(a.getId(), List.of()));
        }).toList();
    }

    private int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    private static Long subjectCadre(Nominee nominee) {
        return nominee.holder() == EmulationHolder.INDIVIDUAL ? nominee.subjectId() : null;
    }
}
