package vn.danhgia.reporting.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.emulation.ChosenNomination;
import vn.danhgia.emulation.ClosedReview;
import vn.danhgia.emulation.EmulationDossiers;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.scheme.AnnualCalendars;
import vn.danhgia.scheme.AnnualDeadline;
import vn.danhgia.scheme.AnnualStep;

/**
 * The three documents of a unit's proposal dossier (seed 003 §IV "Thành phần hồ sơ"): the Tờ trình, the Biên bản họp
 * bình xét and the Báo cáo thành tích, from the unit's closed review meeting ({@link EmulationDossiers#closedReview},
 * which checks that the reader keeps the unit's dossier) and the nominations it chose
 * ({@link EmulationRecords#chosen}), with the holders' names and posts, the votes and the achievements on record.
 */
@Service
public class EmulationDossierForms {

    /** The documents by the name their download address gives them. */
    public enum Document { TO_TRINH, BIEN_BAN_BINH_XET, BAO_CAO_THANH_TICH;

        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The document a download address names; empty for anything else. */
        public static java.util.Optional<Document> ofFileName(String name) {
            return java.util.Arrays.stream(values()).filter(d -> d.fileName().equals(name)).findFirst();
        }
    }

    private final EmulationDossiers dossiers;
    private final EmulationRecords records;
    private final EmulationDossierSql sql;
    private final OrganizationQueries organization;
    private final AnnualCalendars calendars;
    private final FormHeaders headers;
    private final FormTexts texts;

    EmulationDossierForms(EmulationDossiers dossiers, EmulationRecords records, EmulationDossierSql sql,
                          OrganizationQueries organization, AnnualCalendars calendars, FormHeaders headers,
                          FormTexts texts) {
        this.dossiers = dossiers;
        this.records = records;
        this.sql = sql;
        this.organization = organization;
        this.calendars = calendars;
        this.headers = headers;
        this.texts = texts;
    }

    /** The document named by its download address ({@code to-trinh}, …); 404 for a name of none. */
    @Transactional(readOnly = true)
    public FormDocument document(String name, long unitId, int year) {
        Document document = Document.ofFileName(name)
                .orElseThrow(() -> new RecordNotFoundException("EMULATION_DOSSIER_DOCUMENT", name));
        ClosedReview review = dossiers.closedReview(unitId, year);
        return switch (document) {
            case TO_TRINH -> proposal(review);
            case BIEN_BAN_BINH_XET -> minutes(review);
            case BAO_CAO_THANH_TICH -> achievements(review);
        };
    }

    private FormDocument proposal(ClosedReview review) {
        LocalDate day = day(review);
        List<ChosenNomination> chosen = records.chosen(review.unitId(), review.year());
        Names names = names(chosen.stream().map(ChosenNomination::nominee).toList(), day);
        List<EmulationProposalForm.Row> rows = new ArrayList<>();
        Map<EmulationTitle, Integer> totals = new EnumMap<>(EmulationTitle.class);
        for (ChosenNomination nomination : chosen) {
            rows.add(new EmulationProposalForm.Row(String.valueOf(rows.size() + 1),
                    texts.text(nomination.nominee().holder().messageKey()), names.name(nomination.nominee()),
                    names.position(nomination.nominee()), texts.text(nomination.title().messageKey()),
                    vote(nomination.votesFor(), nomination.votesAgainst(), nomination.councilMembers())));
            totals.merge(nomination.title(), 1, Integer::sum);
        }
        EmulationProposalForm form = new EmulationProposalForm(
                headers.numbered(new UnitId(review.unitId()), day, FormHeaders.DocumentType.TTr), review.unitName(),
                String.valueOf(review.year()), recipient(review.unitId()),
                review.heldOn() == null ? "" : FormFigures.longDate(review.heldOn()), rows,
                totals.entrySet().stream().map(total -> new EmulationProposalForm.Total(
                        texts.text(total.getKey().messageKey()), String.valueOf(total.getValue()))).toList(),
                headers.signer(new UnitId(review.unitId()), day));
        return new FormDocument("to-trinh-thi-dua", fileName(Document.TO_TRINH, review), form);
    }

    private FormDocument minutes(ClosedReview review) {
        LocalDate day = day(review);
        List<EmulationDossierSql.Nomination> nominations = sql.nominations(review.reviewId());
        Names names = names(nominations.stream().map(n -> new Nominee(EmulationHolder.valueOf(n.holder()),
                n.subjectId())).toList(), day);
        List<EmulationReviewMinutesForm.Row> rows = new ArrayList<>();
        for (EmulationDossierSql.Nomination nomination : nominations) {
            rows.add(new EmulationReviewMinutesForm.Row(String.valueOf(rows.size() + 1),
                    names.name(new Nominee(EmulationHolder.valueOf(nomination.holder()), nomination.subjectId())),
                    texts.text(EmulationTitle.valueOf(nomination.title()).messageKey()),
                    texts.text(nomination.eligible() ? "emulationdossier.form.eligible"
                            : "emulationdossier.form.notEligible"),
                    figure(nomination.votesFor()), figure(nomination.votesAgainst()),
                    texts.text("emulationdossier.form.outcome." + nomination.outcome())));
        }
        EmulationReviewMinutesForm form = new EmulationReviewMinutesForm(
                headers.numbered(new UnitId(review.unitId()), day, FormHeaders.DocumentType.BB), review.unitName(),
                String.valueOf(review.year()), review.heldOn() == null ? "" : FormFigures.longDate(review.heldOn()),
                text(review.chair()), text(review.secretary()), figure(review.councilMembers()), rows,
                text(review.minutes()));
        return new FormDocument("bien-ban-binh-xet", fileName(Document.BIEN_BAN_BINH_XET, review), form);
    }

    private FormDocument achievements(ClosedReview review) {
        LocalDate day = day(review);
        List<ChosenNomination> chosen = records.chosen(review.unitId(), review.year());
        // One row per holder, with every title the meeting chose for them.
        Map<Nominee, List<EmulationTitle>> titles = new java.util.LinkedHashMap<>();
        chosen.forEach(n -> titles.computeIfAbsent(n.nominee(), nominee -> new ArrayList<>()).add(n.title()));
        Names names = names(titles.keySet(), day);
        Map<Nominee, Map<Integer, Set<EmulationTitle>>> earlier = records.awards(titles.keySet(), review.year() - 1);
        Map<String, List<EmulationDossierSql.NamedAchievement>> achieved = new HashMap<>();
        for (EmulationHolder holder : EmulationHolder.values()) {
            achieved.putAll(sql.achievements(holder.name(), titles.keySet().stream()
                    .filter(n -> n.holder() == holder).map(Nominee::subjectId).toList(), review.year()));
        }
        List<EmulationAchievementReportForm.Row> rows = new ArrayList<>();
        titles.forEach((nominee, proposed) -> rows.add(new EmulationAchievementReportForm.Row(
                String.valueOf(rows.size() + 1), texts.text(nominee.holder().messageKey()), names.name(nominee),
                names.position(nominee),
                proposed.stream().map(title -> texts.text(title.messageKey())).collect(Collectors.joining("; ")),
                orNone(achieved.getOrDefault(nominee.holder().name() + "-" + nominee.subjectId(), List.of())
                        .stream().map(a -> texts.text("emulationdossier.form.achievement",
                                texts.text("emulation.achievement." + a.kind()), a.name(),
                                texts.text("emulation.level." + a.level()), String.valueOf(a.year())))
                        .collect(Collectors.joining("; "))),
                orNone(earlier.getOrDefault(nominee, Map.of()).entrySet().stream()
                        .map(year -> texts.text("emulationdossier.form.award", String.valueOf(year.getKey()),
                                year.getValue().stream().map(t -> texts.text(t.messageKey()))
                                        .collect(Collectors.joining(", "))))
                        .collect(Collectors.joining("; "))))));
        EmulationAchievementReportForm form = new EmulationAchievementReportForm(
                headers.numbered(new UnitId(review.unitId()), day, FormHeaders.DocumentType.BC), review.unitName(),
                String.valueOf(review.year()), rows, headers.signer(new UnitId(review.unitId()), day));
        return new FormDocument("bao-cao-thanh-tich", fileName(Document.BAO_CAO_THANH_TICH, review), form);
    }

    /** The documents are dated on the day the meeting closed, in Vietnam. */
    private LocalDate day(ClosedReview review) {
        return texts.day(review.closedAt());
    }

    private static String fileName(Document document, ClosedReview review) {
        return document.fileName() + "-" + review.year() + "-" + review.unitId();
    }

    /** Who the dossier goes to: the addressee of the calendar's step, else the personnel office in words. */
    private String recipient(long unitId) {
        return calendars.forUnitCodes(organization.unitWithParents(new UnitId(unitId)).stream()
                        .map(UnitView::code).toList())
                .flatMap(calendar -> calendar.step(AnnualStep.EMULATION_DOSSIERS))
                .map(AnnualDeadline::addressee)
                .orElseGet(() -> texts.text("emulationdossier.form.recipient"));
    }

    private String vote(Integer votesFor, Integer votesAgainst, Integer members) {
        if (votesFor == null) {
            return "";
        }
        return texts.text("emulationdossier.form.vote", votesFor, members == null ? "…" : members)
                + (votesAgainst == null ? "" : texts.text("emulationdossier.form.vote.against", votesAgainst));
    }

    private String orNone(String text) {
        return text.isEmpty() ? texts.text("emulationdossier.form.none") : text;
    }

    private static String figure(Integer value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private Names names(Collection<Nominee> nominees, LocalDate day) {
        Set<Long> cadreIds = nominees.stream().filter(n -> n.holder() == EmulationHolder.INDIVIDUAL)
                .map(Nominee::subjectId).collect(Collectors.toSet());
        Map<Long, String> cadres = organization.cadres(cadreIds.stream().map(CadreId::new).toList()).stream()
                .collect(Collectors.toMap(cadre -> cadre.id().value(), CadreView::fullName));
        Map<Long, String> positions = new HashMap<>();
        if (!cadreIds.isEmpty()) {
            // The post a dossier names is the person's post in government (chức vụ chính quyền), before a party
            // or mass-organisation post held alongside it.
            organization.cadresWithPositions(cadreIds.stream().map(CadreId::new).toList(), day).stream()
                    .sorted(java.util.Comparator.comparing(post -> post.track() != PositionTrack.GOVERNMENT))
                    .forEach(post -> positions.putIfAbsent(post.cadreId().value(),
                            post.positionTitle() + ", " + post.unitName()));
        }
        Map<Long, String> units = new HashMap<>();
        nominees.stream().filter(n -> n.holder() == EmulationHolder.COLLECTIVE).forEach(n -> units.put(
                n.subjectId(), organization.unit(new UnitId(n.subjectId())).map(UnitView::name).orElse("")));
        return new Names(cadres, positions, units);
    }

    /** The holders' names, and each person's post on the document's day. */
    private record Names(Map<Long, String> cadres, Map<Long, String> positions, Map<Long, String> units) {

        String name(Nominee nominee) {
            return nominee.holder() == EmulationHolder.INDIVIDUAL ? cadres.getOrDefault(nominee.subjectId(), "")
                    : units.getOrDefault(nominee.subjectId(), "");
        }

        String position(Nominee nominee) {
            return nominee.holder() == EmulationHolder.INDIVIDUAL ? positions.getOrDefault(nominee.subjectId(), "")
                    : "";
        }
    }
}
