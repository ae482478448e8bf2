package vn.danhgia.emulation.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.emulation.AwardEntry;
import vn.danhgia.emulation.EmulationAwards;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.PastAward;
import vn.danhgia.emulation.PastAwards;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.scheme.YearUnderReview;

/**
 * Titles and rewards of earlier years, entered by hand or imported, so that the chains of consecutive years the law
 * counts (Luật TĐKT 2022 Điều 21–23, 71, 74) start from real history. Only years before the one under review: that
 * year's titles come from its review meeting and recognition decision. Entered through the one
 * {@link EmulationAwards} and audited.
 */
@Service
class PastAwardService implements PastAwards {

    static final String RECORD_TYPE = "EMULATION_AWARD";
    static final int MAX_DECISION_REF = 200;
    /** The earliest year the table accepts (emulation_award.award_year). */
    static final int FIRST_YEAR = 1950;

    private final EmulationAwards awards;
    private final EmulationRecords records;
    private final HistoryAccess access;
    private final YearUnderReview yearUnderReview;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    PastAwardService(EmulationAwards awards, EmulationRecords records, HistoryAccess access,
                     YearUnderReview yearUnderReview, CurrentActor currentActor, AuditTrail audit) {
        this.awards = awards;
        this.records = records;
        this.access = access;
        this.yearUnderReview = yearUnderReview;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Override
    @Transactional
    public boolean enter(PastAward award) {
        Actor actor = currentActor.get();
        long unitId = access.unitOf(award.nominee());
        access.checkKeeps(actor, award.nominee(), unitId);
        String decisionRef = AchievementDraft.trimmed(award.decisionRef());
        check(award, decisionRef);
        boolean entered = awards.enter(new AwardEntry(award.nominee(), unitId, award.year(), award.title(), null,
                decisionRef), actor.username());
        if (entered) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("emulationHolder", award.nominee().holder().name());
            after.put("holderId", award.nominee().subjectId());
            after.put("awardYear", award.year());
            after.put("emulationTitle", award.title().name());
            after.put("decisionRef", decisionRef);
            audit.record(new AuditRecord("EMULATION_PAST_AWARD_ENTERED", RECORD_TYPE, award.nominee().subjectId(),
                    award.nominee().holder() == EmulationHolder.INDIVIDUAL ? award.nominee().subjectId() : null,
                    null, after));
        }
        return entered;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean onRecord(PastAward award) {
        try {
            if (!access.keeps(currentActor.get(), award.nominee(), access.unitOf(award.nominee()))) {
                return false;
            }
        } catch (RuleRefusedException noUnitKeepsIt) {
            // Entering it is refused with the reason; nothing to compare.
            return false;
        }
        return records.awards(List.of(award.nominee()), award.year()).getOrDefault(award.nominee(), Map.of())
                .getOrDefault(award.year(), Set.of()).contains(award.title());
    }

    private void check(PastAward award, String decisionRef) {
        List<FieldViolation> violations = new ArrayList<>();
        int underReview = yearUnderReview.now();
        if (award.year() < FIRST_YEAR || award.year() >= underReview) {
            violations.add(FieldViolation.of("year", "emulationhistory.award.notPast",
                    String.valueOf(award.year()), String.valueOf(underReview)));
        }
        if (award.title() == null) {
            violations.add(FieldViolation.of("title", "emulationhistory.award.title.required"));
        } else if (!forHolder(award.title(), award.nominee().holder())) {
            violations.add(FieldViolation.of("title", award.nominee().holder() == EmulationHolder.INDIVIDUAL
                    ? "emulationhistory.award.collectiveTitleForPerson"
                    : "emulationhistory.award.personTitleForCollective"));
        }
        if (decisionRef != null && decisionRef.length() > MAX_DECISION_REF) {
            violations.add(FieldViolation.of("decisionRef", "emulationhistory.award.decisionRef.tooLong",
                    MAX_DECISION_REF));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Whether the title is one the kind of holder can receive: a person's title is never a collective's. */
    static boolean forHolder(EmulationTitle title, EmulationHolder holder) {
        return (title.nominee() == EmulationTitle.Nominee.PERSON) == (holder == EmulationHolder.INDIVIDUAL);
    }
}
