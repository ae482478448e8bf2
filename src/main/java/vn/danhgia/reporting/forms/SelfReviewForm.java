package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What the annual self-review forms show (Hướng dẫn 07-HD/TU Mẫu 01, 02A, 02B, 02C, and the decree's form for
 * non-members; seed 003 §2.1 a, §2.2 b; sections of seed 004 §II.3): the header, the form's number and title, the
 * person's particulars (none for a collective's report), each section's heading and text, the leader's self-scoring on
 * the criteria frame with the level its total gives (Mẫu 02B only), the proposed level and the signature.
 *
 * @param particulars the person's particulars, a line each; none for a collective's report
 * @param frame    the criteria frame; null on every form but Mẫu 02B
 * @param signer   who signs: the person, or the head for the collective
 */
public record SelfReviewForm(FormHeader header, String formNumber, String title, String year, List<Line> particulars,
                             List<Section> sections, Frame frame, String proposedLine, String signatureTitle,
                             FormSigner signer) {

    /** One line of particulars: "Họ và tên", "Ngày sinh", the posts or the unit. */
    public record Line(String line) {
    }

    /** A numbered heading ("1. Phẩm chất chính trị…") and the text under it, line breaks kept. */
    public record Section(String heading, String text) {
    }

    /** The frame's rows, the total of the self-scores and the level the points bands give it. */
    public record Frame(List<FrameRow> rows, String maxTotal, String total, String suggestedLevel) {
    }

    public record FrameRow(String number, String title, String maxPoints, String points) {
    }
}
