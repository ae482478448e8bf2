package vn.danhgia.reporting.forms;

/**
 * The header block an official document opens with. On the left the issuing body (cơ quan ban hành) under the body it
 * belongs to, and the document's number; on the right the national header of a state body ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM" over its motto, Nghị định 30/2020/NĐ-CP) or the party's ("ĐẢNG CỘNG SẢN VIỆT NAM", Hướng dẫn
 * 36-HD/VPTW, as seed 002's Mẫu 01–06 show it for a party body), and the place and date line.
 *
 * @param parentBody     the body above the issuing body, in capitals (e.g. "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH");
 *                       empty for a top body
 * @param body           the issuing body, in capitals (e.g. "VĂN PHÒNG UBND TỈNH NINH BÌNH")
 * @param mark           "*" under a party body's name, as party documents print it; empty for a state body
 * @param nationalHeader "ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 * @param motto          "Độc lập - Tự do - Hạnh phúc" under the state header; empty under the party's
 * @param number         "Số:      /BC-VPUB-NB", the sequence left for the clerk's register; empty for a form the
 *                       cadre signs (Mẫu 01, 03), which carries no number
 * @param placeAndDate   e.g. "Ninh Bình, ngày 05 tháng 01 năm 2027"
 */
public record FormHeader(String parentBody, String body, String mark, String nationalHeader, String motto,
                         String number, String placeAndDate) {
}
