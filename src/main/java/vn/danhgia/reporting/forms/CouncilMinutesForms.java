package vn.danhgia.reporting.forms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.danhgia.council.CouncilRole;
import vn.danhgia.council.CouncilService;
import vn.danhgia.council.CouncilView;
import vn.danhgia.council.VoteSessionView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.council.CouncilTallyResult;

/**
 * The minutes of a council's vote session as a form. Whoever may open the session's minutes page may print them: the
 * session is read through {@link CouncilService#session}, which lets in the council's members and those who see its
 * unit and answers anyone else as if the session did not exist. An open session prints its count so far, marked so.
 */
@Service
public class CouncilMinutesForms {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CouncilService councils;
    private final FormHeaders headers;
    private final MessageSource messages;
    private final Clock clock;

    CouncilMinutesForms(CouncilService councils, FormHeaders headers, MessageSource messages, Clock clock) {
        this.councils = councils;
        this.headers = headers;
        this.messages = messages;
        this.clock = clock;
    }

    public FormDocument minutes(long sessionId) {
        VoteSessionView session = councils.session(sessionId);
        Instant end = session.closedAt() == null ? session.openedAt() : session.closedAt();
        LocalDate day = LocalDate.ofInstant(end, clock.getZone());
        String quarter = text("forms.quarter", session.quarter(), session.year());
        String votingTime = session.closedAt() == null
                ? text("forms2.minutes.votingSince", time(session.openedAt()))
                : text("forms2.minutes.votingTime", time(session.openedAt()), time(session.closedAt()));
        boolean quorate = session.present().size() >= session.quorum();
        CouncilMinutesForm form = new CouncilMinutesForm(
                headers.numbered(new UnitId(session.unitId()), day, FormHeaders.DocumentType.BB), quarter,
                quarter.substring(0, 1).toLowerCase(VIETNAMESE) + quarter.substring(1), session.unitName(),
                FormFigures.longDate(day), votingTime, signer(session, CouncilRole.CHAIR),
                signer(session, CouncilRole.SECRETARY), session.members().size(), session.present().size(),
                session.quorum(), text(quorate ? "forms2.minutes.quorumMet" : "forms2.minutes.quorumMissing"),
                members(session), tallies(session), text("forms2.minutes.status." + session.status().name()));
        return new FormDocument("bien-ban-hoi-dong", "bien-ban-hoi-dong-" + session.year() + "-"
                + session.quarter() + "-phien-" + sessionId, form);
    }

    private List<CouncilMinutesForm.MemberRow> members(VoteSessionView session) {
        List<CouncilMinutesForm.MemberRow> rows = new ArrayList<>();
        for (CouncilView.Member member : session.members()) {
            rows.add(new CouncilMinutesForm.MemberRow(String.valueOf(rows.size() + 1), member.fullName(),
                    text("review.council.role." + member.role().name()),
                    text(session.present().contains(member) ? "forms2.minutes.present" : "forms2.minutes.absent")));
        }
        return rows;
    }

    private List<CouncilMinutesForm.TallyRow> tallies(VoteSessionView session) {
        List<CouncilMinutesForm.TallyRow> rows = new ArrayList<>();
        if (session.tallyHidden()) {
            // A secret ballot still open: the printed minutes show no running count either (issue 12).
            return rows;
        }
        for (VoteSessionView.SubjectTally tally : session.tallies()) {
            CouncilTallyResult result = tally.result();
            rows.add(new CouncilMinutesForm.TallyRow(String.valueOf(rows.size() + 1), tally.subject().fullName(),
                    votes(result, RatingLevel.EXCELLENT), votes(result, RatingLevel.GOOD),
                    votes(result, RatingLevel.COMPLETED), votes(result, RatingLevel.NOT_COMPLETED),
                    result.level().map(level -> text(level.messageKey())).orElse(text("forms2.minutes.noLevel")),
                    text(result.reason().messageKey(), result.reasonArguments())));
        }
        return rows;
    }

    private static String votes(CouncilTallyResult result, RatingLevel level) {
        return String.valueOf(result.votes().getOrDefault(level, 0));
    }

    private static String signer(VoteSessionView session, CouncilRole role) {
        return session.memberIn(role).map(CouncilView.Member::fullName).orElse("");
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(clock.getZone()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
