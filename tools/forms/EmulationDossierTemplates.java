import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Builds the Word templates of the emulation dossier's documents (seed 003 §IV: to-trinh-thi-dua, bien-ban-binh-xet,
 * bao-cao-thanh-tich) with POI, as RatingTemplates builds the rating documents': A4, Times New Roman 13 pt, the
 * header block, grid tables whose first header cell holds the poi-tl row loop, a signature table kept on one page,
 * each poi-tl tag in a run of its own so Word keeps it whole. Not part of the build; an administrator edits the
 * resulting .docx files in Word instead (or puts a copy under {@code DANHGIA_DATA_DIR/forms/}). To rebuild them:
 * <pre>
 * ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "$(cat /tmp/cp.txt)" tools/forms/EmulationDossierTemplates.java src/main/resources/forms
 * </pre>
 */
public final class EmulationDossierTemplates {

    private static final int WIDTH = 9071;
    private static final String FONT = "Times New Roman";
    private static final Pattern TAG = Pattern.compile("\\{\\{[^}]+}}|\\[[A-Za-z]+]");

    private final XWPFDocument document = new XWPFDocument();

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/forms");
        write(folder.resolve("to-trinh-thi-dua.docx"), proposal());
        write(folder.resolve("bien-ban-binh-xet.docx"), minutes());
        write(folder.resolve("bao-cao-thanh-tich.docx"), achievements());
    }

    private static void write(Path file, EmulationDossierTemplates template) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            template.document.write(out);
        }
        template.document.close();
    }

    static EmulationDossierTemplates proposal() {
        EmulationDossierTemplates t = new EmulationDossierTemplates();
        t.header();
        t.title("TỜ TRÌNH");
        t.centered("Đề nghị công nhận các danh hiệu thi đua và hình thức khen thưởng năm {{year}}", true, false);
        t.centered("Kính gửi: {{recipient}}.", false, false);
        t.text("Căn cứ kết quả họp bình xét thi đua, khen thưởng năm {{year}} của {{unitName}} {{reviewDay}}, "
                + "{{unitName}} đề nghị công nhận danh hiệu thi đua và hình thức khen thưởng cho các tập thể, cá nhân "
                + "sau:", false, false);
        t.grid("rows", List.of("STT", "Tập thể, cá nhân", "Họ và tên, tên tập thể", "Chức vụ, đơn vị",
                        "Danh hiệu, hình thức khen thưởng đề nghị", "Kết quả biểu quyết"),
                List.of("number", "holder", "name", "position", "title", "vote"),
                new int[] {635, 1000, 2100, 2136, 1900, 1300});
        t.text("Tổng hợp đề nghị:", true, false);
        t.grid("totals", List.of("Danh hiệu, hình thức khen thưởng", "Số lượng"), List.of("title", "count"),
                new int[] {7257, 1814});
        t.text("Hồ sơ kèm theo: Biên bản họp bình xét; Báo cáo thành tích của tập thể và các cá nhân.", false, false);
        t.text("{{unitName}} kính đề nghị xem xét, tổng hợp trình Hội đồng thi đua, khen thưởng./.", false, false);
        t.signedByHead();
        return t;
    }

    static EmulationDossierTemplates minutes() {
        EmulationDossierTemplates t = new EmulationDossierTemplates();
        t.header();
        t.title("BIÊN BẢN");
        t.centered("Họp bình xét thi đua, khen thưởng năm {{year}}", true, false);
        t.centered("{{unitName}}", true, true);
        t.text("Thời gian: {{heldOn}}.", false, false);
        t.text("Chủ trì: {{chair}}. Thư ký: {{secretary}}.", false, false);
        t.text("Số thành viên Hội đồng thi đua, khen thưởng: {{councilMembers}}.", false, false);
        t.text("KẾT QUẢ BÌNH XÉT VÀ BIỂU QUYẾT", true, false);
        t.grid("rows", List.of("STT", "Tập thể, cá nhân", "Danh hiệu, hình thức khen thưởng", "Điều kiện",
                        "Đồng ý", "Không đồng ý", "Kết quả"),
                List.of("number", "name", "title", "eligibility", "votesFor", "votesAgainst", "outcome"),
                new int[] {635, 2300, 2000, 1300, 800, 800, 1236});
        t.text("DIỄN BIẾN CUỘC HỌP", true, false);
        t.text("{{minutes}}", false, false);
        t.text("Biên bản được lập xong và thông qua tại cuộc họp.", false, false);
        t.signatures(List.of("THƯ KÝ", "(Ký, ghi rõ họ tên)", "", "", "", "{{secretary}}"),
                List.of("CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "", "", "", "{{chair}}"));
        return t;
    }

    static EmulationDossierTemplates achievements() {
        EmulationDossierTemplates t = new EmulationDossierTemplates();
        t.header();
        t.title("BÁO CÁO THÀNH TÍCH");
        t.centered("Của tập thể và các cá nhân đề nghị công nhận danh hiệu thi đua, hình thức khen thưởng năm "
                + "{{year}}", true, false);
        t.centered("{{unitName}}", true, true);
        t.grid("rows", List.of("STT", "Tập thể, cá nhân", "Chức vụ, đơn vị", "Danh hiệu, hình thức đề nghị",
                        "Sáng kiến, đề tài, công trình được công nhận", "Danh hiệu, khen thưởng các năm trước"),
                List.of("number", "name", "position", "titles", "achievements", "earlierAwards"),
                new int[] {600, 1600, 1400, 1500, 2371, 1600});
        t.signedByHead();
        return t;
    }

    private void header() {
        XWPFTable table = table(new int[] {4081, 4990}, false);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        cellLine(left, true, "{{header.parentBody}}", false, false, false, 26);
        cellLine(left, false, "{{header.body}}", true, false, false, 26);
        cellLine(left, false, "{{header.mark}}", false, false, false, 26);
        cellLine(left, false, "{{header.number}}", false, false, false, 26);
        cellLine(right, true, "{{header.nationalHeader}}", true, false, false, 26);
        cellLine(right, false, "{{header.motto}}", true, false, true, 26);
        cellLine(right, false, "{{header.placeAndDate}}", false, true, false, 26);
    }

    private void title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(280);
        paragraph.setSpacingAfter(60);
        run(paragraph, text, true, false, false, 28);
    }

    private void centered(String text, boolean bold, boolean italic) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(60);
        run(paragraph, text, bold, italic, false, 26);
    }

    private void text(String text, boolean bold, boolean italic) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setSpacingBefore(120);
        paragraph.setSpacingAfter(60);
        run(paragraph, text, bold, italic, false, 26);
    }

    /** A bordered table: a header row whose first cell also holds {@code {{%list}}}, then the row poi-tl repeats. */
    private void grid(String list, List<String> headings, List<String> fields, int[] widths) {
        XWPFTable table = table(widths, true);
        XWPFTableRow head = table.getRow(0);
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < headings.size(); i++) {
            XWPFParagraph heading = cellLine(head.getCell(i), true, headings.get(i), true, false, false, 24);
            if (i == 0) {
                run(heading, "{{%" + list + "}}", false, false, false, 24);
            }
            XWPFParagraph value = cellLine(row.getCell(i), true, "[" + fields.get(i) + "]", false, false, false, 24);
            value.setAlignment(i == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        }
    }

    /** "Nơi nhận" on the left, the head of the issuing body on the right (FormSigner). */
    private void signedByHead() {
        signatures(List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT."),
                List.of("{{signer.onBehalfOf}}", "{{signer.title}}", "(Ký, ghi rõ họ tên và đóng dấu)", "", "", "",
                        "{{signer.fullName}}"));
    }

    /** A two-column signature table whose row never splits and whose paragraphs keep together. */
    private void signatures(List<String> left, List<String> right) {
        XWPFParagraph space = document.createParagraph();
        space.setSpacingAfter(60);
        XWPFTable table = table(new int[] {4535, 4536}, false);
        XWPFTableRow row = table.getRow(0);
        row.setCantSplitRow(true);
        fillSignature(row.getCell(0), left, left.get(0).startsWith("Nơi nhận"));
        fillSignature(row.getCell(1), right, false);
    }

    private void fillSignature(XWPFTableCell cell, List<String> lines, boolean recipients) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean note = line.startsWith("(");
            boolean bold = !note && !(recipients && i > 0);
            XWPFParagraph paragraph = cellLine(cell, i == 0, line, bold, note || recipients && i == 0, false,
                    recipients && i > 0 ? 22 : 26);
            if (recipients) {
                paragraph.setAlignment(ParagraphAlignment.LEFT);
            }
            paragraph.getCTPPr().addNewKeepNext();
            paragraph.getCTPPr().addNewKeepLines();
        }
    }

    private XWPFTable table(int[] widths, boolean borders) {
        XWPFTable table = document.createTable(1, widths.length);
        table.setWidth(String.valueOf(WIDTH));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        if (!borders) {
            table.removeBorders();
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int i = 0; i < widths.length; i++) {
            (i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol())
                    .setW(BigInteger.valueOf(widths[i]));
            table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
        }
        return table;
    }

    /** The cell's first paragraph (a new cell has one) or a new one, centred, holding the text. */
    private static XWPFParagraph cellLine(XWPFTableCell cell, boolean first, String text, boolean bold,
                                          boolean italic, boolean underline, int halfPoints) {
        XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        run(paragraph, text, bold, italic, underline, halfPoints);
        return paragraph;
    }

    /** The text in runs, each poi-tl tag ({{field}}, {{%list}}, [field]) in a run of its own. */
    private static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, boolean underline,
                            int halfPoints) {
        Matcher tag = TAG.matcher(text);
        int from = 0;
        while (tag.find()) {
            if (tag.start() > from) {
                piece(paragraph, text.substring(from, tag.start()), bold, italic, underline, halfPoints);
            }
            piece(paragraph, tag.group(), bold, italic, underline, halfPoints);
            from = tag.end();
        }
        if (from < text.length() || text.isEmpty()) {
            piece(paragraph, text.substring(from), bold, italic, underline, halfPoints);
        }
    }

    private static void piece(XWPFParagraph paragraph, String text, boolean bold, boolean italic, boolean underline,
                              int halfPoints) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(halfPoints / 2.0);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
    }

    private EmulationDossierTemplates() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }
}
