package vn.danhgia.publication;

import java.util.List;
import vn.danhgia.scheme.Quarter;

/**
 * The quarter's ratings of a unit were announced (thông báo công khai kết quả, seed 002 §4 Bước 6); each rated cadre
 * is told in the application.
 *
 * @param ratings each announced rating with its cadre
 */
public record RatingsAnnounced(long unitId, String unitName, Quarter quarter, List<Announced> ratings) {

    public RatingsAnnounced {
        ratings = List.copyOf(ratings);
    }

    public record Announced(long ratingId, long cadreId) {
    }
}
