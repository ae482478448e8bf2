package vn.danhgia.emulation.dossier;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The unit's review meeting (emulation_review) as the dossier needs it: whether it is closed and what its minutes
 * print. The meeting itself is kept by the review part of the module; the dossier only reads it.
 */
@Component
class ReviewRecords {

    private final JdbcClient jdbc;

    ReviewRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting's state and record, as stored. */
    record Review(long id, boolean closed, LocalDate heldOn, Integer councilMembers, String chair,
                  String secretary, String minutes, Instant closedAt) {
    }

    Optional<Review> of(long unitId, int year) {
        return jdbc.sql("""
                        select id, status, held_on, council_members, chair, secretary, minutes, closed_at
                        from emulation_review where unit_id = :unit and review_year = :year""")
                .param("unit", unitId).param("year", year)
                .query((row, number) -> {
                    Date held = row.getDate("held_on");
                    Timestamp closedAt = row.getTimestamp("closed_at");
                    return new Review(row.getLong("id"), "CLOSED".equals(row.getString("status")),
                            held == null ? null : held.toLocalDate(), (Integer) row.getObject("council_members"),
                            row.getString("chair"), row.getString("secretary"), row.getString("minutes"),
                            closedAt == null ? null : closedAt.toInstant());
                })
                .optional();
    }
}
