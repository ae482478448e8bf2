package vn.danhgia.annual.selfreview;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The criteria frame leaders score themselves on (khung tiêu chí đánh giá, seed 003 §2.1 a item 2, §2.2 d): items and
 * maximum points as data ({@code self_review_frame_item}), shipped with a 100-point default of three items.
 */
@Component
class SelfReviewFrame {

    static final String LEADER = "LEADER";

    private final JdbcClient jdbc;

    SelfReviewFrame(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Item> items(String frameCode) {
        return jdbc.sql("""
                        select item_code, title, max_points from self_review_frame_item
                        where frame_code = ? order by sort_order""")
                .param(frameCode)
                .query((rs, n) -> new Item(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    record Item(String code, String title, BigDecimal maxPoints) {
    }
}
