package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What the public notice shows (thông báo công khai kết quả đánh giá, xếp loại; seed 002 §4 Bước 6): the announced
 * results of a unit's quarter with names, posts, unit and levels only (see
 * {@link vn.danhgia.publication.PublicNotice}).
 *
 * @param quarter  "Quý II năm 2038"; {@code quarterLower} the same inside a sentence
 * @param bodyName   the body on whose notice board it is posted
 * @param recipients the "Nơi nhận" lines, each starting with "- ", one a line (Word and the PDF break at "\n")
 * @param signer     the head of the issuing body, who signs the notice
 */
public record PublicNoticeForm(FormHeader header, String quarter, String quarterLower, String unitName,
                               String bodyName, List<Line> lines, String recipients, FormSigner signer) {

    public PublicNoticeForm {
        lines = List.copyOf(lines);
    }

    /** One announced result: "Trưởng phòng, Phòng Kinh tế", "Hoàn thành tốt nhiệm vụ". */
    public record Line(String number, String fullName, String postAndUnit, String level) {
    }
}
