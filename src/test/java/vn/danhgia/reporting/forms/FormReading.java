package vn.danhgia.reporting.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reading generated forms back in tests, and keeping a copy to look at. */
final class FormReading {

    private FormReading() {
    }

    /** The PDF's text in reading order, every run of white space (line breaks in table cells, no-break spaces) as one space. */
    static String pdfText(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document).replaceAll("[\\s\\u00A0]+", " ");
    }

    /** The texts of a Word table row's cells, trimmed. */
    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText().strip()).toList();
    }

    /** Keeps the file under target/form-previews/ for a person to convert to PNG and look at. */
    static void keepForPreview(String fileName, byte[] content) {
        try {
            Path previews = Files.createDirectories(Path.of("target", "form-previews"));
            Files.write(previews.resolve(fileName), content);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
