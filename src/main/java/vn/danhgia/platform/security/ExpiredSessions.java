package vn.danhgia.platform.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the expired rows of the session table, on Spring Session's schedule but locked, so one node does it while
 * the others skip the run. Running it on every node would also be harmless (the same one-statement delete by expiry
 * time; a node never serves an expired session, it deletes it when asked for it); the lock only saves the repeats.
 */
@Component
class ExpiredSessions {

    private final JdbcIndexedSessionRepository sessions;

    ExpiredSessions(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${danhgia.sessions.cleanup-cron:0 * * * * *}")
    @SchedulerLock(name = "expired-sessions", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    void delete() {
        sessions.cleanUpExpiredSessions();
    }
}
