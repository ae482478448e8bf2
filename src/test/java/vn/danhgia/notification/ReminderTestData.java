package vn.danhgia.notification;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts with e-mail addresses and plans written straight into the tables (planning is a separate module). */
final class ReminderTestData {

    private ReminderTestData() {
    }

    /** Gives the cadre an account (unless they have one) with the address {@code <username>@danhgia.test}. */
    static String accountWithEmail(JdbcClient jdbc, String cadreCode, String username) {
        jdbc.sql("""
                        insert into user_account (username, password_hash, display_name, enabled, created_at, version,
                                                  cadre_id)
                        select :username, '{noop}not-used', c.full_name, true, current_timestamp, 0, c.id
                        from org_cadre c where c.code = :code
                          and not exists (select 1 from user_account ua where ua.cadre_id = c.id)""")
                .param("username", username).param("code", cadreCode).update();
        String email = username + "@danhgia.test";
        jdbc.sql("update user_account set email = :email where cadre_id = (select id from org_cadre where code = :code)")
                .param("email", email).param("code", cadreCode).update();
        return email;
    }

    /** A submitted plan of the cadre for the quarter, in the unit of one of their posts. */
    static void submittedPlan(JdbcClient jdbc, String cadreCode, int year, int quarter) {
        jdbc.sql("""
                        insert into work_plan (cadre_id, unit_id, plan_year, plan_quarter, scheme_code, status,
                                               created_at, submitted_at, version)
                        select c.id, min(p.unit_id), :year, :quarter, 'AG-02-HD-TU-2026', 'SUBMITTED',
                               current_timestamp, current_timestamp, 0
                        from org_cadre c join org_appointment a on a.cadre_id = c.id
                        join org_position p on p.id = a.position_id
                        where c.code = :code and not exists (select 1 from work_plan w where w.cadre_id = c.id
                              and w.plan_year = :year and w.plan_quarter = :quarter)
                        group by c.id""")
                .param("code", cadreCode).param("year", year).param("quarter", quarter).update();
        jdbc.sql("""
                        update work_plan set status = 'SUBMITTED' where plan_year = :year and plan_quarter = :quarter
                          and cadre_id = (select id from org_cadre where code = :code)""")
                .param("code", cadreCode).param("year", year).param("quarter", quarter).update();
    }

    static long notificationsOf(JdbcClient jdbc, String email) {
        return jdbc.sql("""
                        select count(*) from notification n join user_account ua on ua.id = n.account_id
                        where ua.email = :email""")
                .param("email", email).query(Long.class).single();
    }
}
