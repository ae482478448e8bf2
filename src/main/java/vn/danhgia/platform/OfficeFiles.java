package vn.danhgia.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Office Open XML files people upload (.xlsx, .docx), opened with Apache POI under limits before anything reads or
 * keeps them. A file passes when POI opens it as a package (from the file's zip directory, so parts are read one at a
 * time rather than all held in memory), its main part is of the expected kind, and every part can be read in full
 * through POI's zip-bomb guard ({@code ZipSecureFile} with POI's defaults: an entry inflating more than 100 times its
 * packed size is refused), with at most {@value #MAX_UNPACKED_BYTES} bytes unpacked in all, each XML part parsing
 * without a DOCTYPE (the way external entities — XXE — and entity expansion get in). POI's limits are JVM-wide
 * settings; they are left at its defaults and the total is counted here instead. The import reads the workbook it
 * checked this way; the dossier keeps only files that pass.
 */
public final class OfficeFiles {

    /** Unpacked bytes a file may hold in all its parts: a province's import or a dossier's minutes fit well within. */
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    /** The kinds of file, by the content type of their main part. */
    public enum Kind {
        WORKBOOK("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
        DOCUMENT("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

        private final String mainPartType;

        Kind(String mainPartType) {
            this.mainPartType = mainPartType;
        }
    }

    /** Why a file was refused: {@link #otherKind()} when it is a sound Office file of another kind. */
    public static final class Refused extends Exception {

        private final boolean otherKind;

        Refused(String message, boolean otherKind, Throwable cause) {
            super(message, cause);
            this.otherKind = otherKind;
        }

        public boolean otherKind() {
            return otherKind;
        }
    }

    private OfficeFiles() {
    }

    /** Checks the file as described above; nothing of it is kept. */
    public static void check(Path file, Kind kind) throws Refused {
        open(file, kind).revert();
    }

    /**
     * Reads the workbook in the content once it has passed the checks. The content goes to a temporary file first,
     * deleted afterwards, so that POI reads it part by part.
     */
    public static <T> T readWorkbook(byte[] content, Function<XSSFWorkbook, T> reading) throws Refused {
        Path file = null;
        try {
            file = Files.createTempFile("danhgia-", ".xlsx");
            Files.write(file, content);
            OPCPackage checked = open(file, Kind.WORKBOOK);
            try {
                return reading.apply(new XSSFWorkbook(checked));
            } catch (RuntimeException | IOException | StackOverflowError unreadable) {
                // POI answers a broken workbook with any of a dozen exception types (zip, XML, OOXML, ...).
                throw new Refused("not a readable workbook", false, unreadable);
            } finally {
                // Opened read-only: reverting releases the file, closing would try to save it.
                checked.revert();
            }
        } catch (IOException unwritable) {
            throw new IllegalStateException("could not write a temporary file for an uploaded workbook", unwritable);
        } finally {
            deleteQuietly(file);
        }
    }

    private static OPCPackage open(Path file, Kind kind) throws Refused {
        OPCPackage opened;
        ZipSecureFile zip = null;
        try {
            // Opened here rather than by OPCPackage.open(File), which falls back to unpacking a zip whose directory
            // it cannot read into memory in full.
            zip = new ZipSecureFile(file.toFile());
            opened = OPCPackage.open(new ZipFileZipEntrySource(zip));
        } catch (Exception | StackOverflowError notAPackage) {
            closeQuietly(zip);
            throw new Refused("not an Office Open XML package", false, notAPackage);
        }
        try {
            var main = opened.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (main.size() != 1) {
                throw new Refused("no single main part", false, null);
            }
            if (!main.get(0).getContentType().equals(kind.mainPartType)) {
                throw new Refused("main part is " + main.get(0).getContentType(), true, null);
            }
            long unpacked = 0;
            for (PackagePart part : opened.getParts()) {
                // POI has parsed the core properties already, with DOCTYPEs refused, and reads them no other way.
                if (!(part instanceof PackagePropertiesPart)) {
                    unpacked += readInFull(part, MAX_UNPACKED_BYTES - unpacked);
                }
            }
            return opened;
        } catch (Refused refused) {
            opened.revert();
            throw refused;
        } catch (Exception | StackOverflowError unreadable) {
            opened.revert();
            throw new Refused("a part cannot be read safely", false, unreadable);
        }
    }

    /** Reads the part to its end, XML parsed, and answers how many bytes it unpacked to. */
    private static long readInFull(PackagePart part, long allowed) throws IOException, SAXException,
            ParserConfigurationException {
        try (CountingStream content = new CountingStream(part.getInputStream(), allowed)) {
            if (part.getContentType().endsWith("xml")) {
                secureParsers().newSAXParser().parse(content, new DefaultHandler());
            } else {
                content.transferTo(OutputStream.nullOutputStream());
            }
            return content.count;
        }
    }

    /** A factory per use: JAXP does not promise that one factory may be shared by threads. */
    private static SAXParserFactory secureParsers() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException unsupported) {
            throw new IllegalStateException("the XML parser cannot refuse DOCTYPEs", unsupported);
        }
        return factory;
    }

    private static void closeQuietly(ZipSecureFile zip) {
        if (zip == null) {
            return;
        }
        try {
            zip.close();
        } catch (IOException ignored) {
            // Only read from; nothing is lost.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless; the system's temporary folder is cleaned anyway.
        }
    }

    /** Counts what is read and refuses to read past what is allowed. */
    private static final class CountingStream extends FilterInputStream {

        private final long allowed;
        private long count;

        CountingStream(InputStream in, long allowed) {
            super(in);
            this.allowed = allowed;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                counted(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(long bytes) throws IOException {
            count += bytes;
            if (count > allowed) {
                throw new IOException("more than " + MAX_UNPACKED_BYTES + " bytes unpacked");
            }
        }
    }
}
