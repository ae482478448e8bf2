package vn.danhgia.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Office files to upload, sound and crafted: each is built in memory and stays small (the zip bomb unpacks to 50 MB
 * but weighs about 50 KB), so tests that refuse them stay fast.
 */
public final class CraftedOfficeFiles {

    private static final int BOMB_MEGABYTES = 50;
    private static final String EXTERNAL_ENTITY = "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>";

    private CraftedOfficeFiles() {
    }

    /** A sound workbook: one sheet, "Biên bản họp" in A1. */
    public static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Biên bản").createRow(0).createCell(0).setCellValue("Biên bản họp");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A sound Word document with one paragraph. */
    public static byte[] document() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Nhận xét của đơn vị cũ");
            document.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The sound workbook whose sheet is followed by 50 MB of spaces (still well-formed XML), deflated to ~50 KB. */
    public static byte[] zipBombWorkbook() {
        return rewrite(workbook(), "xl/worksheets/sheet1.xml", (sheet, out) -> {
            out.write(sheet);
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < BOMB_MEGABYTES; i++) {
                out.write(spaces);
            }
        });
    }

    /** The sound Word document whose body declares an external entity on the server's disk and uses it (XXE). */
    public static byte[] externalEntityDocument() {
        return rewrite(document(), "word/document.xml", (body, out) -> {
            String xml = new String(body, StandardCharsets.UTF_8);
            int prologEnd = xml.indexOf("?>") + 2;
            out.write((xml.substring(0, prologEnd) + EXTERNAL_ENTITY
                    + xml.substring(prologEnd).replace("Nhận xét của đơn vị cũ", "&secret;"))
                    .getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A zip that is no Office file at all (one text entry). */
    public static byte[] plainZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
            zip.write("Không phải tệp Excel".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }

    private interface EntryWriter {
        void write(byte[] original, ZipOutputStream out) throws IOException;
    }

    /** The zip with the named entry's content replaced by what the writer writes from the original. */
    private static byte[] rewrite(byte[] zip, String entryName, EntryWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    writer.write(content, out);
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes.toByteArray();
    }
}
