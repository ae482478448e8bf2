package vn.danhgia.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;

/** The signed-in person's notifications: only their own are listed, counted and marked as read. */
@Service
public class Notifications {

    /** The page shows the newest notifications; older ones stay stored. */
    static final int SHOWN = 100;

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final Clock clock;

    Notifications(JdbcClient jdbc, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NotificationView> mine() {
        return jdbc.sql("""
                        select id, created_at, message_key, arguments, link, read_at from notification
                        where account_id = :account order by id desc limit :limit""")
                .param("account", currentActor.get().accountId())
                .param("limit", SHOWN)
                .query((rs, row) -> new NotificationView(rs.getLong("id"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)), rs.getString("message_key"),
                        Arrays.asList(rs.getString("arguments").split(DeadlineReminders.ARGUMENT_SEPARATOR, -1)),
                        rs.getString("link"), instant(rs.getObject("read_at", OffsetDateTime.class))))
                .list();
    }

    /** Unread notifications of the signed-in person (the badge in the menu). */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", currentActor.get().accountId())
                .query(Long.class).single();
    }

    /** Marks one of the person's notifications as read; someone else's is "not found". */
    @Transactional
    public void markRead(long id) {
        long account = currentActor.get().accountId();
        boolean mine = jdbc.sql("select count(*) from notification where id = :id and account_id = :account")
                .param("id", id).param("account", account).query(Long.class).single() == 1;
        if (!mine) {
            throw new RecordNotFoundException("notification", id);
        }
        jdbc.sql("update notification set read_at = :at where id = :id and read_at is null")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("id", id).update();
    }

    @Transactional
    public void markAllRead() {
        jdbc.sql("update notification set read_at = :at where account_id = :account and read_at is null")
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("account", currentActor.get().accountId()).update();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
