package vn.danhgia.annual.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.danhgia.annual.YearlyComplaintView;
import vn.danhgia.platform.RuleRefusedException;

/** A complaint (khiếu nại) about an announced yearly rating: FILED → UPHELD or REJECTED, answered once. */
@Entity
@Table(name = "yearly_complaint")
class YearlyComplaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "rating_id", nullable = false, updatable = false)
    private long ratingId;

    @Column(name = "complaint_text", nullable = false, updatable = false)
    private String text;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(nullable = false)
    private String status;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected YearlyComplaint() {
    }

    YearlyComplaint(long ratingId, String text, String filedBy, Instant filedAt) {
        this.ratingId = ratingId;
        this.text = text;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.status = "FILED";
    }

    void answer(boolean upheld, String answer, String by, Instant at) {
        if (!"FILED".equals(status)) {
            throw new RuleRefusedException("annual.rating.refusal.complaintAnswered");
        }
        this.status = upheld ? "UPHELD" : "REJECTED";
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    Long id() { return id; }
    long ratingId() { return ratingId; }
    boolean isOpen() { return "FILED".equals(status); }
    String status() { return status; }

    YearlyComplaintView view() {
        return new YearlyComplaintView(id, version, ratingId, text, filedBy, filedAt, status, answer, answeredBy,
                answeredAt);
    }
}
