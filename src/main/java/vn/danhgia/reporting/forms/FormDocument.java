package vn.danhgia.reporting.forms;

/**
 * An official form (biểu mẫu) ready to be written: which template pair fills it, the name of the downloaded file, and
 * the data both templates read. The Word template {@code forms/<template>.docx} reads the data's fields with poi-tl
 * tags ({@code {{cadreName}}}), the PDF template {@code forms/<template>.xhtml} with Thymeleaf
 * ({@code th:text="${form.cadreName}"}); figures and dates in the data are already written as the forms show them.
 *
 * @param template the templates' file name without extension, e.g. {@code mau-01}
 * @param fileName the downloaded file's name without extension, e.g. {@code mau-01-NB013-2027-1}
 * @param data     a record (or map) whose fields the templates name
 */
public record FormDocument(String template, String fileName, Object data) {
}
