package vn.danhgia.annual.selfreview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A review suggestion (gợi ý kiểm điểm) recorded by the authority; kept as written, never edited. */
@Entity
@Table(name = "review_suggestion")
class ReviewSuggestionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private long cadreId;

    @Column(name = "review_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "suggestion_text", nullable = false, updatable = false)
    private String text;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ReviewSuggestionEntry() {
    }

    ReviewSuggestionEntry(long cadreId, int year, String text, String recordedBy, Instant recordedAt) {
        this.cadreId = cadreId;
        this.year = year;
        this.text = text;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getId() {
        return id;
    }

    long cadreId() {
        return cadreId;
    }

    int year() {
        return year;
    }

    String text() {
        return text;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
