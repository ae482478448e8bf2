package vn.danhgia.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.danhgia.decision.RatingPeriod;

/**
 * Complaints about an announced rating of any period (khiếu nại, kiến nghị về kết quả đánh giá, xếp loại): a quarter's
 * or a year's, one workflow. The rated cadre files one within the scheme's window after the announcement; the
 * inspection committee (Ủy ban Kiểm tra, seed 000 §IV.4 "Chủ trì … xem xét, giải quyết khiếu nại") assigns it to one of
 * its members, who answers. An upheld complaint cancels the rating in the same transaction, so the cadre's period is
 * rated again (seed 000 §II.2). Changes carry the version the caller read; a stale one is refused (409). Everything is
 * audited.
 */
public interface ComplaintService {

    /** A complaint about a quarterly rating. */
    default ComplaintView file(long ratingId, String text) {
        return file(RatingKind.QUARTERLY, ratingId, text);
    }

    ComplaintView file(RatingKind kind, long ratingId, String text);

    /** Inspection: every complaint; the signed-in cadre: their own. Newest first. */
    List<ComplaintView> visible();

    ComplaintView get(long complaintId);

    /**
     * The complaints about these ratings, oldest first, for the page of a step that has already checked its reader
     * sees the ratings (the yearly board).
     */
    List<ComplaintView> ofRatings(RatingKind kind, Collection<Long> ratingIds);

    /**
     * The last day a complaint about a rating of the period announced at that instant is in time (the scheme's window
     * after the announcement); null for a rating never announced.
     */
    LocalDate lastComplaintDay(RatingPeriod period, Instant announcedAt);

    /**
     * {@link #lastComplaintDay} for each of the instants ratings of the period were announced at, the scheme read once
     * for all of them (a board's rows); instants given as null are left out.
     */
    Map<Instant, LocalDate> lastComplaintDays(RatingPeriod period, Collection<Instant> announcedAts);

    /** Whether a complaint about one of these ratings is still unanswered (the yearly lock waits for it). */
    boolean anyOpen(RatingKind kind, Collection<Long> ratingIds);

    ComplaintView assign(long complaintId, long expectedVersion, long inspectorCadreId);

    ComplaintView answer(long complaintId, long expectedVersion, boolean upheld, String answer);

    /** The cadres whose account holds the inspection role, to assign a complaint to. */
    List<DossierView.UnitCadre> inspectors();
}
