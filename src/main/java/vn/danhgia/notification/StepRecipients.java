package vn.danhgia.notification;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danhgia.notification.ReminderSql.Recipient;

/**
 * Who is told of a step, one statement each whatever their number, as enabled accounts: the cadre whose record it is,
 * the heads who receive what the cadre sends, and the personnel officers serving a unit.
 */
@Repository
class StepRecipients {

    private static final String RECIPIENT = """
            select distinct ua.id as account_id, c.id as cadre_id, ua.email, c.full_name
            """;

    private final JdbcClient jdbc;

    StepRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cadre's own accounts. */
    List<Recipient> cadre(long cadreId) {
        return jdbc.sql(RECIPIENT + """
                        from user_account ua join org_cadre c on c.id = ua.cadre_id
                        where ua.enabled = true and c.id = :cadre order by ua.id""")
                .param("cadre", cadreId).query(StepRecipients::recipient).list();
    }

    /**
     * The heads of the units where the cadre holds a post on the day (the unit's leadership, who approve or return what
     * the cadre sends, seed 002 §4 Bước 1–2), or, for a head, the heads of the unit above.
     */
    List<Recipient> headsOf(long cadreId, LocalDate day) {
        return jdbc.sql(RECIPIENT + """
                        from org_appointment own join org_position own_post on own_post.id = own.position_id
                        join org_unit own_unit on own_unit.id = own_post.unit_id
                        join org_position head_post on head_post.position_rank = 'HEAD'
                             and ((own_post.position_rank <> 'HEAD' and head_post.unit_id = own_post.unit_id)
                                  or (own_post.position_rank = 'HEAD' and head_post.unit_id = own_unit.parent_id))
                        join org_appointment head on head.position_id = head_post.id and head.start_date <= :day
                             and (head.end_date is null or head.end_date >= :day)
                        join org_cadre c on c.id = head.cadre_id
                        join user_account ua on ua.cadre_id = c.id
                        where own.cadre_id = :cadre and own.start_date <= :day
                          and (own.end_date is null or own.end_date >= :day)
                          and ua.enabled = true and c.id <> :cadre
                        order by ua.id""")
                .param("cadre", cadreId).param("day", day).query(StepRecipients::recipient).list();
    }

    /** The personnel officers of the offices serving the unit (subtrees included) in post on the day. */
    List<Recipient> officersServing(long unitId, LocalDate day) {
        return jdbc.sql("""
                        with recursive served (office_unit_id, unit_id) as (
                            select office_unit_id, served_unit_id from org_served_unit
                            union all
                            select s.office_unit_id, u.id from served s join org_unit u on u.parent_id = s.unit_id
                        )
                        """ + RECIPIENT + """
                        from user_account ua join org_cadre c on c.id = ua.cadre_id
                        join user_role r on r.user_id = ua.id and r.role = 'PERSONNEL_OFFICER'
                        join org_appointment post on post.cadre_id = c.id and post.start_date <= :day
                             and (post.end_date is null or post.end_date >= :day)
                        join org_position p on p.id = post.position_id
                        join served s on s.office_unit_id = p.unit_id and s.unit_id = :unit
                        where ua.enabled = true
                        order by ua.id""")
                .param("unit", unitId).param("day", day).query(StepRecipients::recipient).list();
    }

    /** The cadre's full name, for the texts told to others. */
    String nameOf(long cadreId) {
        return jdbc.sql("select full_name from org_cadre where id = :cadre").param("cadre", cadreId)
                .query(String.class).optional().orElse("");
    }

    String unitName(long unitId) {
        return jdbc.sql("select name from org_unit where id = :unit").param("unit", unitId)
                .query(String.class).optional().orElse("");
    }

    private static Recipient recipient(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Recipient(rs.getLong("account_id"), rs.getLong("cadre_id"), rs.getString("email"),
                rs.getString("full_name"), null);
    }
}
