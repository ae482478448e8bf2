package vn.danhgia.reporting.forms;

/**
 * Who signs a document for its issuing body: the head of the body in force on the document's day, as the signature
 * block prints it (seed 000's closing "T/M BAN THƯỜNG VỤ / BÍ THƯ"), in place of the template's list of
 * alternatives.
 *
 * @param onBehalfOf "T/M ĐẢNG ỦY" when a party body's head signs for the committee; empty when a state body's
 *                   head signs in their own title
 * @param title      the head's title in capitals, e.g. "BÍ THƯ", "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG"
 * @param fullName   the head's name; empty while the post is vacant
 */
public record FormSigner(String onBehalfOf, String title, String fullName) {
}
