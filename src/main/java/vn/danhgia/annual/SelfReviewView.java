package vn.danhgia.annual;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A self-review (bản kiểm điểm cá nhân, or báo cáo kiểm điểm tập thể for a collective) as its pages, the API and the
 * forms read it.
 *
 * @param form           the form under Hướng dẫn 07-HD/TU ({@code MAU_01}, {@code MAU_2A}, {@code MAU_2B},
 *                       {@code MAU_2C}, {@code CIVIL_SERVICE})
 * @param cadreId        the person reviewed; null for a collective
 * @param sections       the sections in the order of seed 004 §II.3
 * @param frame          the criteria frame with the self-scores (leaders' Mẫu 02B only; empty otherwise)
 * @param selfScoreTotal the sum of the self-scores; null while any item is unscored or there is no frame
 * @param suggestedLevel the engine's level for that total (the points bands of Quy định 366 Điều 11); null without one
 */
public record SelfReviewView(long id, long version, String form, Long cadreId, String subjectName, long unitId,
                             String unitName, int year, SelfReviewStatus status, List<Section> sections,
                             String proposedLevel, List<FrameItem> frame, BigDecimal selfScoreTotal,
                             String suggestedLevel, Instant createdAt, Instant submittedAt, String submittedBy,
                             boolean canEdit) {

    public SelfReviewView {
        sections = List.copyOf(sections);
        frame = List.copyOf(frame);
    }

    /** One section: its code, its heading's message key and the text. */
    public record Section(String code, String titleKey, String text) {
    }

    /** One item of the criteria frame with its maximum and the leader's own points (null until scored). */
    public record FrameItem(String code, String title, BigDecimal maxPoints, BigDecimal points) {
    }

    public boolean collective() {
        return cadreId == null;
    }
}
