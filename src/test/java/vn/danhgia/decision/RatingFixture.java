package vn.danhgia.decision;

import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * Quarter ratings of Phòng Kinh tế (VPUB-NB.KT) made straight through the entity, as the decision service would leave
 * them: Trịnh Đình Phong (NB013, Trưởng phòng), Lương Thị Mai (NB014, Phó Trưởng phòng, account canbo) and Hà Quốc
 * Bảo (NB015, Phó Trưởng phòng). Each test class uses its own quarter of 2031–2032, which no other test rates.
 */
public class RatingFixture {

    public static final String UNIT = "VPUB-NB.KT";

    private final QuarterRatingRepository ratings;
    private final OrganizationQueries organization;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public RatingFixture(ApplicationContext context) {
        this.ratings = context.getBean(QuarterRatingRepository.class);
        this.organization = context.getBean(OrganizationQueries.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    public long unitId() {
        return organization.unitByCode(UNIT).orElseThrow().id().value();
    }

    public long cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id().value();
    }

    /** A rating the authority decided at the level. */
    public long decided(String cadreCode, Quarter quarter, RatingLevel level) {
        return transaction.execute(status -> {
            QuarterRating rating = QuarterRating.proposed(cadre(cadreCode), unitId(), quarter, null, level,
                    "Đề xuất của Trưởng phòng", "truongphong", Instant.parse("2031-03-10T02:00:00Z"));
            rating.decide(new QuarterRating.Decision(level, "Quyết định của Đảng ủy", null, null, null),
                    rating.inputs(), "thamquyen", Instant.parse("2031-03-18T02:00:00Z"));
            return ratings.save(rating).getId();
        });
    }

    /** A rating still proposed by the unit head. */
    public long proposed(String cadreCode, Quarter quarter, RatingLevel level) {
        return transaction.execute(status -> ratings.save(QuarterRating.proposed(cadre(cadreCode), unitId(), quarter,
                null, level, "Đề xuất", "truongphong", Instant.parse("2031-03-10T02:00:00Z"))).getId());
    }

    /** A rating proposed upwards to the higher authority, not decided there yet (seed 002 §4 Bước 5). */
    public long proposedUpward(String cadreCode, Quarter quarter, RatingLevel level) {
        return transaction.execute(status -> {
            QuarterRating rating = QuarterRating.proposed(cadre(cadreCode), unitId(), quarter, null, level,
                    "Đề nghị", "truongphong", Instant.parse("2031-03-10T02:00:00Z"));
            rating.proposeUpward(rating.inputs());
            return ratings.save(rating).getId();
        });
    }

    /** Tries to decide the rating again, as the decision service would; returns what the entity refused, if any. */
    public RuntimeException decideAgain(long ratingId, RatingLevel level) {
        try {
            transaction.executeWithoutResult(status -> ratings.findForChange(ratingId).orElseThrow()
                    .decide(new QuarterRating.Decision(level, "Sửa", null, null, null),
                            new QuarterRating.Inputs(null, null, null, null), "thamquyen", Instant.now()));
            return null;
        } catch (RuntimeException refused) {
            return refused;
        }
    }

    public RatingStatus status(long ratingId) {
        return RatingStatus.valueOf(jdbc.queryForObject("select status from quarter_rating where id = ?",
                String.class, ratingId));
    }

    public String level(long ratingId) {
        return jdbc.queryForObject("select decided_level from quarter_rating where id = ?", String.class, ratingId);
    }

    public long version(long ratingId) {
        return jdbc.queryForObject("select version from quarter_rating where id = ?", Long.class, ratingId);
    }

    public String cancelReason(long ratingId) {
        return jdbc.queryForObject("select cancel_reason from quarter_rating where id = ?", String.class, ratingId);
    }

    /** Removes every complaint, document, notice and rating of the quarter. */
    public void clean(Quarter quarter) {
        Object[] period = {quarter.year(), quarter.number()};
        List<Long> ids = jdbc.queryForList("select id from quarter_rating where period_year = ? and period_quarter = ?",
                Long.class, period);
        for (Long id : ids) {
            jdbc.update("delete from notification where dedup_key like ?", "RATING_ANNOUNCED:rating " + id + ":%");
        }
        for (Long id : jdbc.queryForList("select id from complaint where period_year = ? and period_quarter = ?",
                Long.class, period)) {
            jdbc.update("delete from notification where dedup_key like ?", "COMPLAINT_ANSWERED:complaint " + id + ":%");
        }
        jdbc.update("delete from complaint where period_year = ? and period_quarter = ?", period);
        jdbc.update("delete from dossier_document where period_year = ? and period_quarter = ?", period);
        jdbc.update("delete from quarter_rating where period_year = ? and period_quarter = ? and replaces_id is not null",
                period);
        jdbc.update("delete from quarter_rating where period_year = ? and period_quarter = ?", period);
    }
}
