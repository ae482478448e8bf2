package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What the minutes of a council's vote show (biên bản hội nghị đánh giá, bỏ phiếu xếp loại chất lượng; seed 000 §III.4
 * "bỏ phiếu biểu quyết xếp loại", §III.5 (2); seed 002 §4 Bước 5–6): who sat, who was present against the quorum, and
 * per cadre the votes for each level with the result and its reason. Every value is already written as the document
 * shows it.
 *
 * @param quarter       "Quý III năm 2026"; {@code quarterLower} the same inside a sentence
 * @param heldOn        "ngày 16 tháng 9 năm 2026"
 * @param votingTime    "từ 08:00 đến 10:30"
 * @param quorumVerdict whether the meeting had its quorum, in a sentence
 * @param status        whether the counts are final (session closed) or a count so far
 */
public record CouncilMinutesForm(FormHeader header, String quarter, String quarterLower, String unitName,
                                 String heldOn, String votingTime, String chair, String secretary, int memberCount,
                                 int presentCount, int quorum, String quorumVerdict, List<MemberRow> members,
                                 List<TallyRow> tallies, String status) {

    public CouncilMinutesForm {
        members = List.copyOf(members);
        tallies = List.copyOf(tallies);
    }

    /** A member of the council with the role and whether they were present (cast a vote). */
    public record MemberRow(String number, String fullName, String role, String attendance) {
    }

    /** A cadre voted on: the votes for each level, the level reached (or that none was) and why. */
    public record TallyRow(String number, String fullName, String excellent, String good, String completed,
                           String notCompleted, String result, String reason) {
    }
}
