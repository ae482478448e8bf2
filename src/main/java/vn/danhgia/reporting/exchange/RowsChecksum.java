package vn.danhgia.reporting.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of an upward report's rows in their canonical form, written so that any language can compute it again:
 * one JSON array holding, for each row in the file's order, the array of its eight fields in the order of
 * {@link UpwardReport.Row} ({@code cadreCode, fullName, position, unitCode, unitName, selfProposedLevel, level,
 * note}); no whitespace; a missing value as {@code null}; strings escaped as RFC 8785 §3.2.2.2 (JSON Canonicalization
 * Scheme) does: quotation mark, reverse solidus and the short escapes b, f, n, r, t after a reverse solidus, other
 * control characters as a reverse solidus, "u00" and two lower-case hexadecimal digits, every other character as
 * itself; the text encoded in UTF-8; the digest in lower-case hexadecimal.
 */
final class RowsChecksum {

    private RowsChecksum() {
    }

    static String of(List<UpwardReport.Row> rows) {
        StringBuilder canonical = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            UpwardReport.Row row = rows.get(i);
            canonical.append(i == 0 ? "[" : ",[");
            List<String> fields = Arrays.asList(row.cadreCode(), row.fullName(), row.position(), row.unitCode(),
                    row.unitName(), row.selfProposedLevel(), row.level(), row.note());
            for (int field = 0; field < fields.size(); field++) {
                if (field > 0) {
                    canonical.append(',');
                }
                appendString(canonical, fields.get(field));
            }
            canonical.append(']');
        }
        canonical.append(']');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java platform provides SHA-256", missing);
        }
    }

    private static void appendString(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
