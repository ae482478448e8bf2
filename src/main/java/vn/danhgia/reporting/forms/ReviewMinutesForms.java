package vn.danhgia.reporting.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.danhgia.annual.ReviewMeetingView;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.RatingLevel;

/**
 * The minutes of a review meeting (biên bản hội nghị kiểm điểm) as a form. Whoever may open the meeting may print it:
 * the meeting is read through {@link ReviewMeetings#meeting}, which checks access; a person who only sees their own
 * review gets minutes with the opinions about themselves alone. An open meeting prints what is recorded so far,
 * marked so.
 */
@Service
public class ReviewMinutesForms {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ReviewMeetings meetings;
    private final FormHeaders headers;
    private final MessageSource messages;

    ReviewMinutesForms(ReviewMeetings meetings, FormHeaders headers, MessageSource messages) {
        this.meetings = meetings;
        this.headers = headers;
        this.messages = messages;
    }

    public FormDocument minutes(long meetingId) {
        ReviewMeetingView meeting = meetings.meeting(meetingId);
        LocalDate day = meeting.heldOn();
        List<ReviewMinutesForm.AttendeeRow> attendees = new ArrayList<>();
        for (ReviewMeetingView.Attendee attendee : meeting.attendees()) {
            attendees.add(new ReviewMinutesForm.AttendeeRow(String.valueOf(attendees.size() + 1),
                    attendee.fullName(), text(attendee.capacity().messageKey()),
                    attendee.present() ? text("annual.meeting.page.present")
                            : text("annual.meeting.page.absent") + (attendee.absenceNote() == null ? ""
                            : " (" + attendee.absenceNote() + ")")));
        }
        List<ReviewMinutesForm.ItemRow> items = new ArrayList<>();
        List<ReviewMinutesForm.OpinionRow> opinions = new ArrayList<>();
        for (ReviewMeetingView.Item item : meeting.items()) {
            String number = String.valueOf(item.number());
            String result;
            if (item.notReviewedReason().isPresent()) {
                result = text(item.status().messageKey()) + ": "
                        + text(item.notReviewedReason().get().messageKey(), item.notReviewedSince() == null ? "…"
                        : FormFigures.date(item.notReviewedSince()));
            } else if (item.vote().isPresent()) {
                ReviewMeetingView.Vote vote = item.vote().get();
                result = vote.level().map(level -> text(level.messageKey()))
                        .orElse(text("annual.meeting.page.noLevel")) + " — "
                        + text(vote.reason().messageKey(), vote.reasonArguments());
            } else {
                result = text(item.status().messageKey());
            }
            var vote = item.vote();
            items.add(new ReviewMinutesForm.ItemRow(number, item.name(), item.title(),
                    votes(vote, RatingLevel.EXCELLENT), votes(vote, RatingLevel.GOOD),
                    votes(vote, RatingLevel.COMPLETED), votes(vote, RatingLevel.NOT_COMPLETED),
                    vote.map(v -> v.present() + "/" + v.members()).orElse(""), result));
            for (ReviewMeetingView.Opinion opinion : item.opinions()) {
                opinions.add(new ReviewMinutesForm.OpinionRow(number, item.name(), opinion.speakerName(),
                        opinion.content()));
            }
        }
        ReviewMinutesForm form = new ReviewMinutesForm(
                headers.numbered(new UnitId(meeting.placeUnitId()), day, FormHeaders.DocumentType.BB),
                text(meeting.kind().messageKey()), String.valueOf(meeting.year()), meeting.placeName(),
                FormFigures.longDate(day), meeting.location(),
                meeting.chair().map(ReviewMeetingView.Person::fullName).orElse(""),
                meeting.secretary().map(ReviewMeetingView.Person::fullName).orElse(""),
                (int) meeting.votingMembers(), (int) meeting.presentVotingMembers(), attendees, items, opinions,
                text(meeting.open() ? "annual.meeting.status.open" : "annual.meeting.status.closed"));
        return new FormDocument("bien-ban-kiem-diem", "bien-ban-kiem-diem-" + meeting.year() + "-" + meetingId,
                form);
    }

    private static String votes(java.util.Optional<ReviewMeetingView.Vote> vote, RatingLevel level) {
        return vote.map(v -> String.valueOf(v.votesFor(level))).orElse("");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
