package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What the minutes of a review meeting show (biên bản hội nghị kiểm điểm; seed 003 §2.1 a) item (7), §2.2 c) "các ý
 * kiến phải được ghi vào biên bản và thông qua tại cuộc họp"; seed 004 §VI): the issuing body, time and place, who
 * attended (the superiors who must attend among them), each subject in the order reviewed with the opinions said
 * about them, the vote figures and the proposed level, and the signatures of the chair and the secretary. Every value
 * is already written as the document shows it.
 */
public record ReviewMinutesForm(FormHeader header, String kind, String year, String placeName, String heldOn,
                                String location, String chair, String secretary, int memberCount, int presentCount,
                                List<AttendeeRow> attendees, List<ItemRow> items, List<OpinionRow> opinions,
                                String status) {

    public ReviewMinutesForm {
        attendees = List.copyOf(attendees);
        items = List.copyOf(items);
        opinions = List.copyOf(opinions);
    }

    public record AttendeeRow(String number, String fullName, String capacity, String attendance) {
    }

    /** A subject in review order with the votes per level, those present, and the proposal (or the item's status). */
    public record ItemRow(String number, String subject, String title, String excellent, String good,
                          String completed, String notCompleted, String present, String result) {
    }

    /** An opinion: about whom (the item's number and name), who said it, what. */
    public record OpinionRow(String number, String subject, String speaker, String content) {
    }
}
