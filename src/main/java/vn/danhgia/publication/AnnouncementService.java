package vn.danhgia.publication;

import java.util.List;

/**
 * Announcement of a unit's quarterly ratings (thông báo công khai kết quả đánh giá, xếp loại, seed 002 §4 Bước 6;
 * seed 000 §III.4 "thông báo kết quả đánh giá, xếp loại chất lượng hằng quý"). The competent authority deciding for
 * the unit's cadres, or a personnel officer whose office serves the unit, announces once every live rating of the
 * unit's quarter is decided; announced ratings are locked. The announced list (names, posts, levels) is shown to the
 * unit's cadres and to whoever sees the unit; everyone sees their own results with their cancellations.
 */
public interface AnnouncementService {

    /**
     * Announces every decided rating of the unit's quarter and publishes {@link RatingsAnnounced}.
     *
     * @throws vn.danhgia.platform.RuleRefusedException (409) naming the cadres whose rating is not decided yet, or
     *                                                  when nothing is left to announce
     */
    UnitAnnouncementView announce(long unitId, int year, int quarter);

    /** The unit's quarter as the signed-in person may see it: the announced list, and for announcers the statuses. */
    UnitAnnouncementView announcement(long unitId, int year, int quarter);

    /**
     * The unit's quarter as its body's notice board shows it (seed 002 §4 Bước 6), to every cadre holding a post in
     * the unit's body, to whoever sees the unit and to the administrator; "not found" for anyone else.
     */
    PublicNotice publicNotice(long unitId, int year, int quarter);

    /** The units whose quarter has an announced result the signed-in person may read as a public notice. */
    List<PublicNotice.Listed> publicNotices(int year, int quarter);

    /** The signed-in cadre's own ratings, newest period first, cancelled ones with their reason. */
    List<OwnResult> myResults();
}
