/**
 * The annual review and rating (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm) of collectives, party
 * organisations, party members and civil servants (seeds 003, 004; issue 13). Its first part is the review meeting
 * (hội nghị kiểm điểm, {@link vn.danhgia.annual.ReviewMeetings}): the agenda in the order of
 * {@link vn.danhgia.rules.annual.ReviewOrder}, attendance with the superiors who must attend, opinions per person,
 * the vote on each proposed level through {@link vn.danhgia.rules.CouncilTally}, and the minutes. The ratings read
 * each subject's proposal from {@link vn.danhgia.annual.ReviewMeetings#proposalFor} and {@link ReviewItemClosed}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "membership", "platform", "rules"})
package vn.danhgia.annual;
