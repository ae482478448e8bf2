import java.io.FileOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.*;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.*;

/**
 * Builds the Word templates of the rating documents (bien-ban-hoi-dong, bien-ban-kiem-diem, thong-bao-cong-khai,
 * mau-04/05/06) and the annual self-review (kiem-diem) with POI,
 * each poi-tl tag in a run of its own so Word keeps it whole. Not part of the build; an administrator edits the
 * resulting .docx files in Word instead. To rebuild them:
 * <pre>
 * ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "$(cat /tmp/cp.txt)" tools/forms/RatingTemplates.java src/main/resources/forms
 * </pre>
 */
public class RatingTemplates {

    static final String FONT = "Times New Roman";

    record R(String text, boolean bold, boolean italic, boolean underline, int size) {
        static R t(String text) { return new R(text, false, false, false, 0); }
        static R b(String text) { return new R(text, true, false, false, 0); }
        static R i(String text) { return new R(text, false, true, false, 0); }
        static R bu(String text) { return new R(text, true, false, true, 0); }
        static R bi(String text) { return new R(text, true, true, false, 0); }
        R size(int s) { return new R(text, bold, italic, underline, s); }
    }

    final XWPFDocument doc = new XWPFDocument();
    final int fontSize;
    final int textWidth;

    RatingTemplates(boolean landscape, int fontSize) {
        this.fontSize = fontSize;
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        CTPageMar mar = sect.addNewPgMar();
        if (landscape) {
            size.setW(BigInteger.valueOf(16838)); size.setH(BigInteger.valueOf(11906));
            size.setOrient(STPageOrientation.LANDSCAPE);
            mar.setTop(BigInteger.valueOf(850)); mar.setBottom(BigInteger.valueOf(850));
            mar.setLeft(BigInteger.valueOf(1134)); mar.setRight(BigInteger.valueOf(850));
            textWidth = 16838 - 1134 - 850;
        } else {
            size.setW(BigInteger.valueOf(11906)); size.setH(BigInteger.valueOf(16838));
            mar.setTop(BigInteger.valueOf(1134)); mar.setBottom(BigInteger.valueOf(1134));
            mar.setLeft(BigInteger.valueOf(1701)); mar.setRight(BigInteger.valueOf(1134));
            textWidth = 11906 - 1701 - 1134;
        }
    }

    void runs(XWPFParagraph p, R... runs) {
        for (R r : runs) {
            XWPFRun run = p.createRun();
            run.setText(r.text());
            run.setFontFamily(FONT);
            run.setFontSize(r.size() == 0 ? fontSize : r.size());
            run.setBold(r.bold());
            run.setItalic(r.italic());
            if (r.underline()) run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    XWPFParagraph para(ParagraphAlignment align, int before, R... runs) {
        XWPFParagraph p = doc.createParagraph();
        format(p, align, before);
        runs(p, runs);
        return p;
    }

    static void format(XWPFParagraph p, ParagraphAlignment align, int before) {
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(60);
    }

    XWPFTable table(int rows, int[] widths, boolean borders) {
        XWPFTable table = doc.createTable(rows, widths.length);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA); w.setW(BigInteger.valueOf(textWidth));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) grid = table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        int total = 0; for (int x : widths) total += x;
        for (int x : widths) grid.addNewGridCol().setW(BigInteger.valueOf((long) textWidth * x / total));
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                CTTblWidth cw = tc.addNewTcW(); cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf((long) textWidth * widths[c] / total));
            }
        }
        if (!borders) {
            table.removeBorders();
        } else {
            table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
            table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        }
        return table;
    }

    /** Fills a cell: each array is a paragraph of runs. */
    void cell(XWPFTableCell cell, ParagraphAlignment align, R[]... paragraphs) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
        for (int i = 0; i < paragraphs.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(align);
            p.setSpacingAfter(0);
            runs(p, paragraphs[i]);
        }
    }

    static R[] p(R... runs) { return runs; }

    static void gridSpan(XWPFTableCell cell, int span) {
        cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
    }

    static void vMerge(XWPFTableCell cell, boolean restart) {
        cell.getCTTc().getTcPr().addNewVMerge().setVal(restart ? STMerge.RESTART : STMerge.CONTINUE);
    }

    /**
     * The issuing body over its mark and number on the left; its national or party header, the state's motto (empty
     * for a party body) and the date on the right.
     */
    void header(String right2) {
        XWPFTable h = table(1, new int[] {45, 55}, false);
        cell(h.getRow(0).getCell(0), ParagraphAlignment.CENTER, p(R.t("{{header.parentBody}}")),
                p(R.b("{{header.body}}")), p(R.t("{{header.mark}}")), p(R.t("{{header.number}}")));
        if (right2 == null) {
            cell(h.getRow(0).getCell(1), ParagraphAlignment.CENTER, p(R.b("{{header.nationalHeader}}")),
                    p(R.bu("{{header.motto}}")), p(R.i("{{header.placeAndDate}}")));
        } else {
            cell(h.getRow(0).getCell(1), ParagraphAlignment.CENTER, p(R.b("{{header.nationalHeader}}")),
                    p(R.bu("{{header.motto}}")), p(R.i(right2)), p(R.i("{{header.placeAndDate}}")));
        }
    }

    /** Keeps the signature block on one page: its row never splits and its paragraphs keep together. */
    static void keepTogether(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    CTPPr pr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
                            : paragraph.getCTP().addNewPPr();
                    pr.addNewKeepNext();
                    pr.addNewKeepLines();
                }
            }
        }
    }

    /** A header row of bold centred labels; the loop tag goes as its own run into the first cell. */
    void labels(XWPFTableRow row, String tag, String... labels) {
        for (int c = 0; c < labels.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            if (c == 0 && tag != null) {
                cell(cell, ParagraphAlignment.CENTER, p(R.b(labels[c]).size(fontSize - 1), R.t(tag)));
            } else {
                cell(cell, ParagraphAlignment.CENTER, p(R.b(labels[c]).size(fontSize - 1)));
            }
        }
    }

    void fields(XWPFTableRow row, boolean[] centred, String... fields) {
        for (int c = 0; c < fields.length; c++) {
            cell(row.getCell(c), centred[c] ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT,
                    p(R.t("[" + fields[c] + "]").size(fontSize - 1)));
        }
    }

    void signatures(String leftTitle, String leftName, String rightTitle, String rightNote, String rightName) {
        XWPFTable s = signatureTable();
        if (leftTitle != null) {
            cell(s.getRow(0).getCell(0), ParagraphAlignment.CENTER, p(R.b(leftTitle)), p(R.i("(Ký, ghi rõ họ tên)")),
                    p(R.t("")), p(R.t("")), p(R.t("")), p(R.b(leftName)));
        }
        if (rightName == null) {
            cell(s.getRow(0).getCell(1), ParagraphAlignment.CENTER, p(R.b(rightTitle)), p(R.i(rightNote)));
        } else {
            cell(s.getRow(0).getCell(1), ParagraphAlignment.CENTER, p(R.b(rightTitle)), p(R.i(rightNote)),
                    p(R.t("")), p(R.t("")), p(R.t("")), p(R.b(rightName)));
        }
        keepTogether(s);
    }

    /** The issuing body's head signs on the right; the recipients ("Nơi nhận"), when given, stand on the left. */
    void signer(String recipientsTag) {
        XWPFTable s = signatureTable();
        if (recipientsTag != null) {
            cell(s.getRow(0).getCell(0), ParagraphAlignment.LEFT, p(R.bi("Nơi nhận:").size(12)),
                    p(R.t(recipientsTag).size(11)));
        }
        cell(s.getRow(0).getCell(1), ParagraphAlignment.CENTER, p(R.b("{{signer.onBehalfOf}}")),
                p(R.b("{{signer.title}}")), p(R.i("(Ký, ghi rõ họ tên và đóng dấu)")), p(R.t("")), p(R.t("")),
                p(R.t("")), p(R.b("{{signer.fullName}}")));
        keepTogether(s);
    }

    XWPFTable signatureTable() {
        // An empty paragraph before the table keeps it apart from a table above it, which Word would otherwise join.
        para(ParagraphAlignment.LEFT, 0, R.t(""));
        return table(1, new int[] {50, 50}, false);
    }

    void save(String path) throws Exception {
        try (FileOutputStream out = new FileOutputStream(path)) { doc.write(out); }
    }

    static void minutes(String dir) throws Exception {
        RatingTemplates g = new RatingTemplates(false, 13);
        g.header(null);
        g.para(ParagraphAlignment.CENTER, 280, R.b("BIÊN BẢN").size(14));
        g.para(ParagraphAlignment.CENTER, 0, R.b("Hội nghị đánh giá, bỏ phiếu xếp loại chất lượng cán bộ"));
        g.para(ParagraphAlignment.CENTER, 0, R.b("{{quarter}}"));
        g.para(ParagraphAlignment.BOTH, 200, R.t("Hôm nay, "), R.t("{{heldOn}}"),
                R.t(", Hội đồng đánh giá, xếp loại của "), R.t("{{unitName}}"),
                R.t(" họp để đánh giá, bỏ phiếu biểu quyết xếp loại chất lượng cán bộ "), R.t("{{quarterLower}}"),
                R.t("."));
        g.para(ParagraphAlignment.BOTH, 0, R.t("Thời gian bỏ phiếu: "), R.t("{{votingTime}}"), R.t("."));
        g.para(ParagraphAlignment.BOTH, 0, R.t("Chủ trì: "), R.b("{{chair}}"), R.t(". Thư ký: "),
                R.b("{{secretary}}"), R.t("."));
        g.para(ParagraphAlignment.BOTH, 0, R.t("Hội đồng có "), R.t("{{memberCount}}"),
                R.t(" thành viên; có mặt "), R.t("{{presentCount}}"),
                R.t(" thành viên; số thành viên có mặt tối thiểu theo quy định: "), R.t("{{quorum}}"),
                R.t(" (hai phần ba số thành viên). "), R.t("{{quorumVerdict}}"));
        g.para(ParagraphAlignment.LEFT, 200, R.b("I. THÀNH PHẦN HỘI ĐỒNG"));
        XWPFTable members = g.table(2, new int[] {8, 47, 25, 20}, true);
        g.labels(members.getRow(0), "{{%members}}", "STT", "Họ và tên", "Nhiệm vụ trong Hội đồng", "Dự họp");
        g.fields(members.getRow(1), new boolean[] {true, false, false, true}, "number", "fullName", "role",
                "attendance");
        g.para(ParagraphAlignment.LEFT, 200, R.b("II. KẾT QUẢ BỎ PHIẾU BIỂU QUYẾT XẾP LOẠI"));
        g.para(ParagraphAlignment.BOTH, 0, R.i("Mỗi ô ghi số phiếu thành viên Hội đồng bầu cho mức xếp loại. Một mức"
                + " được xếp khi số phiếu ủng hộ (phiếu cho mức đó và cho các mức cao hơn) vượt quá một nửa tổng số"
                + " thành viên Hội đồng.").size(12));
        XWPFTable tallies = g.table(3, new int[] {6, 23, 10, 10, 10, 10, 31}, true);
        XWPFTableRow top = tallies.getRow(0);
        XWPFTableRow second = tallies.getRow(1);
        g.cell(top.getCell(0), ParagraphAlignment.CENTER, p(R.b("STT").size(12)));
        g.cell(top.getCell(1), ParagraphAlignment.CENTER, p(R.b("Họ và tên").size(12)));
        g.cell(top.getCell(2), ParagraphAlignment.CENTER, p(R.b("Số phiếu theo mức xếp loại").size(12)));
        g.cell(top.getCell(6), ParagraphAlignment.CENTER, p(R.b("Kết quả").size(12)));
        vMerge(top.getCell(0), true); vMerge(second.getCell(0), false);
        vMerge(top.getCell(1), true); vMerge(second.getCell(1), false);
        vMerge(top.getCell(6), true); vMerge(second.getCell(6), false);
        g.cell(second.getCell(0), ParagraphAlignment.CENTER, p(R.t("{{%tallies}}")));
        String[] levels = {"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
                "Không hoàn thành nhiệm vụ"};
        for (int c = 0; c < 4; c++) {
            g.cell(second.getCell(c + 2), ParagraphAlignment.CENTER, p(R.b(levels[c]).size(11)));
        }
        // The header's "Số phiếu" spans the four level columns: merge cells 2..5 of the first row.
        gridSpan(top.getCell(2), 4);
        top.removeCell(5); top.removeCell(4); top.removeCell(3);
        XWPFTableRow template = tallies.getRow(2);
        for (int c = 0; c < 7; c++) {
            String[] f = {"number", "fullName", "excellent", "good", "completed", "notCompleted", null};
            if (f[c] != null) {
                g.cell(template.getCell(c), c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER,
                        p(R.t("[" + f[c] + "]").size(12)));
            }
        }
        g.cell(template.getCell(6), ParagraphAlignment.LEFT, p(R.b("[result]").size(12)),
                p(R.i("[reason]").size(11)));
        g.para(ParagraphAlignment.LEFT, 80, R.i("{{status}}").size(12));
        g.para(ParagraphAlignment.BOTH, 160, R.t("Biên bản được lập xong và thông qua tại hội nghị."));
        g.signatures("THƯ KÝ", "{{secretary}}", "CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "{{chair}}");
        g.save(dir + "/bien-ban-hoi-dong.docx");
    }

    /** Biên bản hội nghị kiểm điểm (issue 13 §4; seed 003 §2.2 c), seed 004 §VI). */
    static void reviewMinutes(String dir) throws Exception {
        RatingTemplates g = new RatingTemplates(false, 13);
        g.header(null);
        g.para(ParagraphAlignment.CENTER, 280, R.b("BIÊN BẢN").size(14));
        g.para(ParagraphAlignment.CENTER, 0, R.b("Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng năm "),
                R.b("{{year}}"));
        g.para(ParagraphAlignment.CENTER, 0, R.i("{{kind}}"), R.i(": "), R.i("{{placeName}}"));
        g.para(ParagraphAlignment.BOTH, 200, R.t("Thời gian: "), R.t("{{heldOn}}"), R.t(". Địa điểm: "),
                R.t("{{location}}"), R.t("."));
        g.para(ParagraphAlignment.BOTH, 0, R.t("Chủ trì: "), R.b("{{chair}}"), R.t(". Thư ký: "),
                R.b("{{secretary}}"), R.t("."));
        g.para(ParagraphAlignment.BOTH, 0, R.t("Số thành viên: "), R.t("{{memberCount}}"), R.t("; có mặt: "),
                R.t("{{presentCount}}"), R.t("."));
        g.para(ParagraphAlignment.LEFT, 200, R.b("I. THÀNH PHẦN THAM DỰ"));
        XWPFTable attendees = g.table(2, new int[] {8, 37, 35, 20}, true);
        g.labels(attendees.getRow(0), "{{%attendees}}", "STT", "Họ và tên", "Thành phần", "Dự họp");
        g.fields(attendees.getRow(1), new boolean[] {true, false, false, true}, "number", "fullName", "capacity",
                "attendance");
        g.para(ParagraphAlignment.LEFT, 200, R.b("II. KẾT QUẢ KIỂM ĐIỂM VÀ BIỂU QUYẾT ĐỀ XUẤT MỨC XẾP LOẠI"));
        g.para(ParagraphAlignment.BOTH, 0, R.i("Theo thứ tự kiểm điểm: tập thể trước, cá nhân sau; người đứng đầu"
                + " trước, cấp phó sau. Cột XS, T, HT, KHT ghi số phiếu cho từng mức.").size(12));
        XWPFTable items = g.table(2, new int[] {6, 22, 16, 7, 7, 7, 7, 8, 20}, true);
        g.labels(items.getRow(0), "{{%items}}", "STT", "Đối tượng kiểm điểm", "Chức vụ", "XS", "T", "HT", "KHT",
                "Có mặt", "Đề xuất mức xếp loại");
        g.fields(items.getRow(1), new boolean[] {true, false, false, true, true, true, true, true, false},
                "number", "subject", "title", "excellent", "good", "completed", "notCompleted", "present",
                "result");
        g.para(ParagraphAlignment.LEFT, 200, R.b("III. Ý KIẾN GÓP Ý"));
        XWPFTable opinions = g.table(2, new int[] {8, 25, 22, 45}, true);
        g.labels(opinions.getRow(0), "{{%opinions}}", "STT", "Góp ý cho", "Người góp ý", "Nội dung");
        g.fields(opinions.getRow(1), new boolean[] {true, false, false, false}, "number", "subject", "speaker",
                "content");
        g.para(ParagraphAlignment.LEFT, 80, R.i("{{status}}").size(12));
        g.para(ParagraphAlignment.BOTH, 160, R.t("Biên bản được lập xong và thông qua tại hội nghị."));
        g.signatures("THƯ KÝ", "{{secretary}}", "CHỦ TRÌ", "(Ký, ghi rõ họ tên)", "{{chair}}");
        g.save(dir + "/bien-ban-kiem-diem.docx");
    }

    static void notice(String dir) throws Exception {
        RatingTemplates g = new RatingTemplates(false, 13);
        g.header(null);
        g.para(ParagraphAlignment.CENTER, 280, R.b("THÔNG BÁO").size(14));
        g.para(ParagraphAlignment.CENTER, 0, R.b("Công khai kết quả đánh giá, xếp loại chất lượng cán bộ"));
        g.para(ParagraphAlignment.CENTER, 0, R.b("{{quarter}}"));
        g.para(ParagraphAlignment.BOTH, 200, R.t("Căn cứ kết quả đánh giá, xếp loại chất lượng cán bộ đã được cấp có"
                + " thẩm quyền quyết định, "), R.t("{{unitName}}"),
                R.t(" thông báo công khai kết quả đánh giá, xếp loại chất lượng "), R.t("{{quarterLower}}"),
                R.t(" như sau:"));
        XWPFTable lines = g.table(2, new int[] {8, 27, 37, 28}, true);
        g.labels(lines.getRow(0), "{{%lines}}", "STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Mức xếp loại");
        g.fields(lines.getRow(1), new boolean[] {true, false, false, false}, "number", "fullName", "postAndUnit",
                "level");
        g.para(ParagraphAlignment.BOTH, 160, R.t("Thông báo này được niêm yết công khai tại "), R.t("{{bodyName}}"),
                R.t(". Cán bộ có ý kiến về kết quả xếp loại của mình gửi khiếu nại, kiến nghị theo quy định."));
        g.signer("{{recipients}}");
        g.save(dir + "/thong-bao-cong-khai.docx");
    }

    static void summary(String dir, String number, List<String> title, String note, String footnote)
            throws Exception {
        RatingTemplates g = new RatingTemplates(true, 13);
        g.header("Mẫu số " + number);
        for (int i = 0; i < title.size(); i++) {
            if (title.get(i).contains("{{period}}")) {
                String[] parts = title.get(i).split("\\{\\{period\\}\\}");
                g.para(ParagraphAlignment.CENTER, i == 0 ? 200 : 0, R.b(parts[0]).size(14), R.b("{{period}}").size(14),
                        R.b(parts.length > 1 ? parts[1] : "").size(14));
            } else {
                g.para(ParagraphAlignment.CENTER, i == 0 ? 200 : 0, R.b(title.get(i)).size(14));
            }
        }
        if (note != null) {
            g.para(ParagraphAlignment.CENTER, 0, R.i(note));
        }
        XWPFTable rows = g.table(3, new int[] {5, 15, 17, 12, 12, 24, 15}, true);
        g.labels(rows.getRow(0), null, "STT", "Họ và tên", "Chức vụ, đơn vị công tác",
                "Cá nhân tự đề xuất mức xếp loại", "Cấp có thẩm quyền đề xuất mức xếp loại",
                "Tóm tắt căn cứ, cơ sở lý do trong trường hợp đề xuất mức xếp loại hoàn thành xuất sắc hoặc mức xếp"
                        + " loại không hoàn thành nhiệm vụ hoặc các nội dung khác (nếu có)",
                "Đề xuất nội dung liên quan về công tác cán bộ (nếu có)");
        g.labels(rows.getRow(1), "{{%rows}}", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)");
        rows.getRow(0).setRepeatHeader(true);
        rows.getRow(1).setRepeatHeader(true);
        g.fields(rows.getRow(2), new boolean[] {true, false, false, false, false, false, false}, "number", "fullName",
                "postAndUnit", "selfProposed", "level", "reasons", "staffProposal");
        g.para(ParagraphAlignment.LEFT, 160, R.b("Số cán bộ theo mức xếp loại").size(12));
        XWPFTable counts = g.table(2, new int[] {30, 10, 60}, false);
        g.cell(counts.getRow(0).getCell(0), ParagraphAlignment.LEFT, p(R.t("{{%counts}}")));
        g.cell(counts.getRow(1).getCell(0), ParagraphAlignment.LEFT, p(R.t("[label]").size(12)));
        g.cell(counts.getRow(1).getCell(1), ParagraphAlignment.CENTER, p(R.t("[count]").size(12)));
        g.signer(null);
        g.para(ParagraphAlignment.BOTH, 240, R.bi("Ghi chú:").size(11), R.i(" " + footnote).size(11));
        g.save(dir + "/mau-" + number + ".docx");
    }

    /**
     * The annual self-review, one template for Mẫu 01, 02A, 02B, 02C and the decree's form (seed 003 §2.2 b): the
     * particulars, sections and criteria frame are blocks the data fills or leaves out.
     */
    static void selfReview(String dir) throws Exception {
        RatingTemplates g = new RatingTemplates(false, 13);
        g.header("{{formNumber}}");
        g.para(ParagraphAlignment.CENTER, 280, R.b("{{title}}").size(14));
        g.para(ParagraphAlignment.CENTER, 0, R.i("{{year}}"));
        g.para(ParagraphAlignment.LEFT, 160, R.t("{{?particulars}}"));
        g.para(ParagraphAlignment.LEFT, 0, R.t("{{line}}"));
        g.para(ParagraphAlignment.LEFT, 0, R.t("{{/particulars}}"));
        g.para(ParagraphAlignment.LEFT, 0, R.t("{{?sections}}"));
        g.para(ParagraphAlignment.BOTH, 120, R.b("{{heading}}"));
        g.para(ParagraphAlignment.BOTH, 0, R.t("{{text}}"));
        g.para(ParagraphAlignment.LEFT, 0, R.t("{{/sections}}"));
        g.para(ParagraphAlignment.LEFT, 0, R.t("{{?frame}}"));
        g.para(ParagraphAlignment.LEFT, 120, R.b("Tự chấm điểm theo khung tiêu chí đánh giá"));
        XWPFTable frame = g.table(3, new int[] {8, 62, 15, 15}, true);
        g.labels(frame.getRow(0), "{{%rows}}", "TT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm");
        g.fields(frame.getRow(1), new boolean[] {true, false, true, true}, "number", "title", "maxPoints", "points");
        g.cell(frame.getRow(2).getCell(1), ParagraphAlignment.LEFT, p(R.b("Tổng cộng").size(12)));
        g.cell(frame.getRow(2).getCell(2), ParagraphAlignment.CENTER, p(R.b("{{maxTotal}}").size(12)));
        g.cell(frame.getRow(2).getCell(3), ParagraphAlignment.CENTER, p(R.b("{{total}}").size(12)));
        g.para(ParagraphAlignment.LEFT, 0, R.i("{{suggestedLevel}}"));
        g.para(ParagraphAlignment.LEFT, 0, R.t("{{/frame}}"));
        g.para(ParagraphAlignment.LEFT, 120, R.b("{{proposedLine}}"));
        XWPFTable s = g.signatureTable();
        g.cell(s.getRow(0).getCell(1), ParagraphAlignment.CENTER, p(R.b("{{signatureTitle}}")),
                p(R.b("{{signer.title}}")), p(R.i("(Ký, ghi rõ họ tên)")), p(R.t("")), p(R.t("")), p(R.t("")),
                p(R.b("{{signer.fullName}}")));
        keepTogether(s);
        g.save(dir + "/kiem-diem.docx");
    }

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        selfReview(dir);
        minutes(dir);
        reviewMinutes(dir);
        notice(dir);
        String toProvince = "Biểu này gửi về Ban Tổ chức Tỉnh ủy trước ngày 30 tháng cuối của mỗi quý.";
        summary(dir, "04", List.of("BÁO CÁO", "TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI QUÝ {{period}}",
                        "ĐỐI VỚI CÁN BỘ LÃNH ĐẠO, QUẢN LÝ THUỘC DIỆN CƠ QUAN, ĐƠN VỊ ĐƯỢC PHÂN CẤP QUẢN LÝ"),
                "(kèm theo Hướng dẫn số 02-HD/TU, ngày 19/6/2026 của Ban Thường vụ Tỉnh ủy)", toProvince);
        summary(dir, "05", List.of("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ VÀ ĐỀ XUẤT XẾP LOẠI QUÝ {{period}}",
                        "ĐỐI VỚI CÁN BỘ THUỘC DIỆN BAN THƯỜNG VỤ TỈNH ỦY QUẢN LÝ",
                        "(HOẶC THƯỜNG TRỰC TỈNH ỦY ĐƯỢC ỦY QUYỀN QUẢN LÝ)"), null, toProvince);
        summary(dir, "06", List.of("TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ VÀ ĐỀ XUẤT XẾP LOẠI QUÝ {{period}}",
                        "ĐỐI VỚI CÁN BỘ LÃNH ĐẠO, QUẢN LÝ THUỘC DIỆN CƠ QUAN, ĐƠN VỊ ĐƯỢC PHÂN CẤP QUẢN LÝ"), null,
                "Biểu này gửi về cơ quan, đơn vị, địa phương có thẩm quyền quyết"
                        + " định xếp loại theo thời gian quy định của cơ quan, đơn vị, địa phương đó.");
    }
}
