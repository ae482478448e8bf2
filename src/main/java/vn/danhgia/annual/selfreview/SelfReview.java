package vn.danhgia.annual.selfreview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.danhgia.annual.SelfReviewStatus;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.annual.SelfReviewFormChoice.Form;

/**
 * A self-review of the annual review (bản kiểm điểm cá nhân; báo cáo kiểm điểm tập thể for a collective): a guarded
 * state machine DRAFT → SUBMITTED. While a draft the subject edits every section, the proposed level and, on Mẫu 02B,
 * the self-scores; once submitted it goes to the review meeting unchanged.
 */
@Entity
@Table(name = "self_review")
class SelfReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_key", nullable = false, updatable = false)
    private String subjectKey;

    @Column(name = "cadre_id", updatable = false)
    private Long cadreId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "review_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Form form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SelfReviewStatus status;

    @Column(name = "proposed_level")
    private String proposedLevel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @ElementCollection
    @CollectionTable(name = "self_review_section", joinColumns = @JoinColumn(name = "self_review_id"))
    @OrderBy("sortOrder")
    private List<SelfReviewSection> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "self_review_score", joinColumns = @JoinColumn(name = "self_review_id"))
    @OrderBy("itemCode")
    private List<SelfReviewScore> scores = new ArrayList<>();

    protected SelfReview() {
    }

    /** A person's draft, its sections prefilled. */
    static SelfReview ofPerson(long cadreId, long unitId, int year, Form form, Map<String, String> prefilled,
                               Instant now) {
        return new SelfReview("C" + cadreId, cadreId, unitId, year, form, prefilled, now);
    }

    /** A collective's draft report (Mẫu 01), its sections prefilled. */
    static SelfReview ofCollective(long unitId, int year, Map<String, String> prefilled, Instant now) {
        return new SelfReview("U" + unitId, null, unitId, year, Form.MAU_01, prefilled, now);
    }

    private SelfReview(String subjectKey, Long cadreId, long unitId, int year, Form form,
                       Map<String, String> prefilled, Instant now) {
        this.subjectKey = subjectKey;
        this.cadreId = cadreId;
        this.unitId = unitId;
        this.year = year;
        this.form = form;
        this.status = SelfReviewStatus.DRAFT;
        this.createdAt = now;
        List<String> codes = SelfReviewSections.of(form);
        for (int i = 0; i < codes.size(); i++) {
            sections.add(new SelfReviewSection(codes.get(i), i + 1,
                    Objects.requireNonNullElse(prefilled.get(codes.get(i)), "")));
        }
    }

    /** Applies checked content: texts of known sections, the level, the scores of known frame items. */
    void revise(Map<String, String> texts, String level, Map<String, BigDecimal> newScores) {
        requireDraft();
        if (texts != null) {
            List<SelfReviewSection> revised = sections.stream()
                    .map(s -> new SelfReviewSection(s.code(), s.sortOrder(), texts.getOrDefault(s.code(), s.text())))
                    .toList();
            if (!revised.equals(sections)) {
                sections.clear();
                sections.addAll(revised);
            }
        }
        this.proposedLevel = level == null || level.isBlank() ? null : level;
        if (newScores != null) {
            scores.clear();
            newScores.forEach((code, points) -> {
                if (points != null) {
                    scores.add(new SelfReviewScore(code, points));
                }
            });
        }
    }

    void submit(Instant now, String by) {
        requireDraft();
        this.status = SelfReviewStatus.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = by;
    }

    private void requireDraft() {
        if (!status.editable()) {
            throw new RuleRefusedException("selfreview.refusal.submitted");
        }
    }

    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach(section -> texts.put(section.code(), section.text()));
        return texts;
    }

    Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        scores.forEach(score -> points.put(score.itemCode(), score.points()));
        return points;
    }

    Long getId() {
        return id;
    }

    long version() {
        return version;
    }

    Long cadreId() {
        return cadreId;
    }

    long unitId() {
        return unitId;
    }

    int year() {
        return year;
    }

    Form form() {
        return form;
    }

    SelfReviewStatus status() {
        return status;
    }

    String proposedLevel() {
        return proposedLevel;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String submittedBy() {
        return submittedBy;
    }
}
