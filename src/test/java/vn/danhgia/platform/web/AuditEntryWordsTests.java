package vn.danhgia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;
import vn.danhgia.platform.AuditEntryView;

/** Issue 12 §4: the audit trail in words — who did what to whose record — with no enum code or raw JSON shown. */
class AuditEntryWordsTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final long MAI = 14;
    private static final long HUNG = 6;

    /** Every action the services record; {@link #everyActionTheServicesRecordIsListedHere} keeps it complete. */
    static final List<String> ACTIONS = List.of("PLAN_OPENED", "PLAN_SAVED", "PLAN_SUBMITTED", "PLAN_APPROVED",
            "PLAN_RETURNED", "PLAN_AMENDMENT_SUBMITTED", "PLAN_AMENDMENT_APPROVED", "PLAN_AMENDMENT_RETURNED",
            "SELF_ASSESSMENT_OPENED", "SELF_ASSESSMENT_SAVED", "SELF_ASSESSMENT_SUBMITTED", "SELF_ASSESSMENT_RETURNED",
            "APPRAISAL_OPENED", "APPRAISAL_SAVED", "APPRAISAL_COMPLETED", "COUNCIL_CONFIGURED", "VOTE_SESSION_OPENED",
            "VOTE_CAST", "VOTE_CHANGED", "VOTE_SESSION_CLOSED", "RATING_PROPOSED", "RATING_PROPOSED_UPWARD",
            "RATING_DECIDED", "RATING_HIGHER_DECISION_RECORDED", "RATING_ANNOUNCED", "RATING_CANCELLED",
            "RATING_DEFERRED", "RATING_DEFERRAL_WITHDRAWN", "RATING_EXEMPTED", "RATING_EXEMPTION_WITHDRAWN",
            "COLLECTIVE_RESULT_RECORDED", "COMPLAINT_FILED", "COMPLAINT_ASSIGNED", "COMPLAINT_UPHELD",
            "COMPLAINT_REJECTED", "DOCUMENT_ADDED", "CATALOG_DRAFTED", "CATALOG_ITEM_ADDED", "CATALOG_ITEM_UPDATED",
            "CATALOG_ITEM_REMOVED", "CATALOG_SUBMITTED", "CATALOG_APPROVED", "CATALOG_RETURNED",
            "CATALOG_SUPERSEDED", "IMPORT_APPLIED", "RECEIVED_REPORT_IMPORTED", "RECEIVED_REPORT_REPLACED",
            "ACCESS_TOKEN_CREATED", "ACCESS_TOKEN_REVOKED", "USER_CREATED", "USER_ROLES_CHANGED", "USER_DISABLED",
            "USER_ENABLED", "USER_UPDATED", "PASSWORD_RESET", "PLAN_SUBMITTED_LATE", "SELF_ASSESSMENT_SUBMITTED_LATE",
            "DEADLINE_EXTENSION_GRANTED", "DEADLINE_EXTENSION_REPLACED", "VOTE_SESSION_ATTENDANCE_RECORDED",
            "UNIT_CREATED", "UNIT_CHANGED", "POSITION_CREATED", "POSITION_CHANGED", "CADRE_APPOINTED",
            "APPOINTMENT_ENDED", "POST_CHANGED", "SCOPE_ASSIGNED", "SCOPE_ENDED", "SCHEME_SETTINGS_CHANGED", "EVIDENCE_ATTACHED",
            "EVIDENCE_REMOVED", "PARTY_MEMBERSHIP_RECORDED", "PARTY_MEMBERSHIP_CHANGED", "SELF_REVIEW_OPENED",
            "SELF_REVIEW_SAVED", "SELF_REVIEW_SUBMITTED", "REVIEW_SUGGESTION_RECORDED", "ANNUAL_CALENDAR_CHANGED",
            "ANNUAL_DOSSIER_ITEM_UPLOADED", "ANNUAL_DOSSIER_ITEM_NOT_APPLICABLE",
            "ANNUAL_DOSSIER_EXCELLENT_PROPOSED", "ANNUAL_DOSSIER_SENT", "REVIEW_MEETING_OPENED",
            "REVIEW_ATTENDANCE_RECORDED", "REVIEW_ATTENDEE_ADDED", "REVIEW_OPINION_RECORDED", "REVIEW_VOTE_RECORDED",
            "REVIEW_ITEM_NOT_REVIEWED", "REVIEW_ITEM_CLOSED", "REVIEW_MEETING_CLOSED", "YEARLY_RATING_GATHERED",
            "YEARLY_RATING_PROPOSED", "YEARLY_RATING_DECIDED", "YEARLY_RATING_CONFIRMED", "YEARLY_RATING_REOPENED",
            "YEARLY_RATING_ANNOUNCED", "YEARLY_RATING_LOCKED", "YEARLY_RATING_CANCELLED", "YEARLY_COMPLAINT_FILED",
            "YEARLY_COMPLAINT_UPHELD", "YEARLY_COMPLAINT_REJECTED", "YEARLY_RATING_FACTS_ENTERED",
            "REVIEW_SUBJECT_RECORDED", "REVIEW_SUBJECT_CHANGED", "REVIEW_AUTHORITY_RECORDED", "REVIEW_AUTHORITY_CHANGED",
            "EMULATION_REGISTERED", "EMULATION_REGISTRATION_TARGET_CHANGED",
            "EMULATION_ACHIEVEMENT_RECORDED", "EMULATION_ACHIEVEMENT_CORRECTED", "EMULATION_ACHIEVEMENT_REMOVED",
            "EMULATION_ACHIEVEMENT_FILE_ATTACHED", "EMULATION_PAST_AWARD_ENTERED",
            "EMULATION_SETTINGS_CHANGED",
            "EMULATION_DOSSIER_SENT", "EMULATION_DOSSIER_RETURNED", "EMULATION_DOSSIER_DECIDED",
            "EMULATION_DECISION_RECORDED", "EMULATION_AWARD_ENTERED",
            "EMULATION_REVIEW_OPENED", "EMULATION_NOMINATED", "EMULATION_VOTE_RECORDED", "EMULATION_MINUTES_RECORDED",
            "EMULATION_REVIEW_CLOSED");

    /** A code as the services write it (SUBMITTED, NOT_COMPLETED, QUARTER_RATING); "API" is a word people read. */
    private static final Pattern CODE = Pattern.compile("\\b(?!API\\b)[A-Z]{3,}(?:_[A-Z]+)*\\b");
    private static final Pattern ACTION_LITERAL = Pattern.compile("AuditRecord\\(\"([A-Z_]+)\"");
    private static final Pattern ACTION_CONSTANT = Pattern.compile(
            "\"((?:PLAN|SELF_ASSESSMENT|APPRAISAL|RATING|VOTE|COMPLAINT|CATALOG|USER|ACCESS_TOKEN|RECEIVED_REPORT"
                    + "|DEADLINE_EXTENSION|UNIT|POSITION|CADRE|APPOINTMENT|POST|SCOPE|SCHEME|EVIDENCE|ANNUAL|YEARLY)"
                    + "_[A-Z_]+)\"");

    /** Record types and other names of the same shape that the scan finds beside the actions. */
    private static final Set<String> NOT_ACTIONS = Set.of("CATALOG_ITEM", "CATALOG_VERSION", "RATING_DEFERRAL",
            "RATING_EXEMPTION", "VOTE_SESSION", "USER_ACCOUNT", "ACCESS_TOKEN", "RECEIVED_REPORT", "SELF_ASSESSMENT",
            "DEADLINE_EXTENSION", "SELF_ASSESSMENT_EVIDENCE", "ANNUAL_CALENDAR", "ANNUAL_DOSSIER",
            "ANNUAL_DOSSIER_PACKAGE", "YEARLY_RATING", "YEARLY_COMPLAINT");

    private final AuditEntryWords words = new AuditEntryWords(messages(), JsonMapper.builder().build(),
            ids -> Map.of(MAI, "Lương Thị Mai", HUNG, "Lê Văn Hùng"));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @MethodSource("actions")
    void everyActionReadsAsASentenceWithLabelledValues(String action) {
        LocaleContextHolder.setLocale(VIETNAMESE);
        String before = """
                {"status":"SUBMITTED","proposedLevel":"COMPLETED","decidedLevel":null,"submittedTotal":81.25,
                 "tasks":[{"title":"Báo cáo"}],"axes":{"1":40},"roles":["CADRE"],"enabled":true,"kind":"TRAINING",
                 "expiresAt":"2026-12-31T00:00:00Z","responseLevel":"BASICALLY_MEETS"}""";
        String after = """
                {"status":"APPROVED","proposedLevel":"EXCELLENT","decidedLevel":"NOT_COMPLETED","submittedTotal":91.93,
                 "tasks":[],"axes":{"1":30},"roles":["CADRE","PERSONNEL_OFFICER"],"enabled":false,
                 "kind":"SICK_OR_MATERNITY_LEAVE","expiresAt":"2027-01-31T00:00:00Z","responseLevel":"DOES_NOT_MEET"}""";
        var entry = new AuditEntryView(1, Instant.parse("2026-10-05T02:00:00Z"), "tochuc", "Lê Văn Hùng", action,
                "SELF_ASSESSMENT", 42, MAI, before, after);

        AuditEntryWords.AuditRow row = words.rows(List.of(entry), VIETNAMESE).get(0);

        assertThat(row.sentence()).startsWith("Lê Văn Hùng đã ").endsWith(" của Lương Thị Mai");
        assertThat(row.record()).isEqualTo("Phiếu tự đánh giá số 42");
        assertThat(row.actionLabel()).isNotEqualTo(action).doesNotContain("Thao tác khác");
        String shown = row.sentence() + " " + row.actionLabel() + " " + row.fields();
        assertThat(CODE.matcher(shown).results().map(m -> m.group()).toList()).as(shown).isEmpty();
        assertThat(shown).doesNotContain("{\"", "\":", "Thông tin khác");
        assertThat(row.fields()).contains(new AuditEntryWords.Field("Trạng thái", "Đã nộp", "Đã duyệt"),
                new AuditEntryWords.Field("Mức đề xuất", "Hoàn thành nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"),
                new AuditEntryWords.Field("Tổng điểm khi nộp", "81,25", "91,93"),
                new AuditEntryWords.Field("Vai trò", "Cán bộ", "Cán bộ; Cán bộ tổ chức"),
                new AuditEntryWords.Field("Hết hạn", "31/12/2026 07:00", "31/01/2027 07:00"));
    }

    @Test
    void aChangeToOnesOwnRecordSaysSo() {
        var entry = new AuditEntryView(1, Instant.EPOCH, "canbo", "Lương Thị Mai", "PLAN_SUBMITTED", "WORK_PLAN", 7,
                MAI, "{\"status\":\"DRAFT\"}", "{\"status\":\"SUBMITTED\"}");

        AuditEntryWords.AuditRow row = words.rows(List.of(entry), VIETNAMESE).get(0);

        assertThat(row.sentence()).isEqualTo("Lương Thị Mai đã nộp kế hoạch công tác quý của mình");
        assertThat(row.fields()).containsExactly(new AuditEntryWords.Field("Trạng thái", "Dự thảo", "Đã nộp"));
    }

    @Test
    void anUnchangedFieldIsLeftOutAndACreatedRecordShowsItsValues() {
        var created = new AuditEntryView(1, Instant.EPOCH, "truongphong", "Trịnh Đình Phong", "COUNCIL_CONFIGURED",
                "COUNCIL", 3, null, null, "{\"year\":2074,\"quarter\":2,\"quorum\":4}");

        AuditEntryWords.AuditRow row = words.rows(List.of(created), Locale.ENGLISH).get(0);

        assertThat(row.sentence()).isEqualTo("Trịnh Đình Phong set up the evaluation council");
        assertThat(row.fields()).containsExactly(new AuditEntryWords.Field("Year", null, "2074"),
                new AuditEntryWords.Field("Quarter", null, "2"), new AuditEntryWords.Field("Quorum", null, "4"));
    }

    @Test
    void everyActionTheServicesRecordIsListedHere() throws IOException {
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                if (!code.contains("AuditRecord(")) {
                    continue;
                }
                for (Pattern pattern : List.of(ACTION_LITERAL, ACTION_CONSTANT)) {
                    Matcher found = pattern.matcher(code);
                    while (found.find()) {
                        recorded.add(found.group(1));
                    }
                }
            }
        }
        recorded.removeAll(NOT_ACTIONS);
        assertThat(ACTIONS).containsAll(recorded);
    }

    static List<String> actions() {
        return ACTIONS;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/platform", "i18n/annualrating", "i18n/emulationreg", "i18n/emulationsettings",
                "i18n/emulationreview");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        return source;
    }
}
