package vn.danhgia.reporting.forms;

/**
 * The header block every official form opens with (seed 002, Mẫu số 01–06): on the left the body the form comes from,
 * under the body it belongs to; on the right "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date line.
 *
 * @param parentBody   the body above, in capitals (e.g. "VĂN PHÒNG UBND TỈNH NINH BÌNH"); empty for a top body
 * @param body         the body itself, in capitals (e.g. "PHÒNG KINH TẾ")
 * @param placeAndDate e.g. "Ninh Bình, ngày 05 tháng 01 năm 2027"
 */
public record FormHeader(String parentBody, String body, String placeAndDate) {
}
