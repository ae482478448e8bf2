package vn.danhgia.annual.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An opinion (ý kiến góp ý) said at the meeting about an item's subject, by a named speaker. */
@Entity
@Table(name = "annual_review_opinion")
class ReviewOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "speaker_cadre_id", updatable = false)
    private Long speakerCadreId;

    @Column(name = "speaker_name", nullable = false, updatable = false)
    private String speakerName;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ReviewOpinion() {
    }

    ReviewOpinion(long itemId, Long speakerCadreId, String speakerName, String content, Instant recordedAt) {
        this.itemId = itemId;
        this.speakerCadreId = speakerCadreId;
        this.speakerName = speakerName;
        this.content = content;
        this.recordedAt = recordedAt;
    }

    Long id() {
        return id;
    }

    long itemId() {
        return itemId;
    }

    Long speakerCadreId() {
        return speakerCadreId;
    }

    String speakerName() {
        return speakerName;
    }

    String content() {
        return content;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
