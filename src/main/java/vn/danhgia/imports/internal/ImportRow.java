package vn.danhgia.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One data row of a file with typed readers: each reader returns the value or {@code null} and, when the cell breaks
 * its column's rule (required, too long, not a date, not one of the choices), records the problem at the cell.
 */
public final class ImportRow {

    // Strict: 31/02/1980 is a mistake to report, not a day to move to 29/02.
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
    private static final Set<String> YES = Set.of("có", "x", "true", "yes");
    private static final Set<String> NO = Set.of("không", "false", "no");

    private final int number;
    private final Map<Column, CellText> cells;
    private final Problems problems;

    ImportRow(int number, Map<Column, CellText> cells, Problems problems) {
        this.number = number;
        this.cells = Map.copyOf(cells);
        this.problems = problems;
    }

    /** The row number as Excel shows it. */
    public int number() {
        return number;
    }

    public boolean hasProblems() {
        return problems.inRow(number);
    }

    public boolean isBlank(Column column) {
        return cell(column).text().isEmpty();
    }

    public String text(Column column) {
        String text = present(column);
        if (text != null && text.length() > column.maxLength()) {
            problems.at(number, column, "imports.cell.too-long", column.maxLength(), text.length());
            return null;
        }
        return text;
    }

    public LocalDate date(Column column) {
        CellText cell = cell(column);
        if (cell.date() != null) {
            return cell.date();
        }
        String text = present(column);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisFormat) {
                // the next format may read it
            }
        }
        problems.at(number, column, "imports.cell.not-a-date", text);
        return null;
    }

    public Boolean yesNo(Column column) {
        String text = present(column);
        if (text == null) {
            return null;
        }
        String normal = text.toLowerCase(Locale.ROOT);
        if (YES.contains(normal)) {
            return true;
        }
        if (NO.contains(normal)) {
            return false;
        }
        problems.at(number, column, "imports.cell.not-yes-no", text);
        return null;
    }

    public BigDecimal decimal(Column column) {
        CellText cell = cell(column);
        if (cell.number() != null) {
            return cell.number();
        }
        String text = present(column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            problems.at(number, column, "imports.cell.not-a-number", text);
            return null;
        }
    }

    public <E extends Enum<E>> E choice(Column column, Choices<E> choices) {
        String text = present(column);
        if (text == null) {
            return null;
        }
        Optional<E> chosen = choices.parse(text);
        if (chosen.isEmpty()) {
            problems.at(number, column, "imports.cell.not-a-choice", text, String.join("; ", choices.labels()));
        }
        return chosen.orElse(null);
    }

    /** Several choices separated by ";" or ","; {@code null} when one of them is not a choice. */
    public <E extends Enum<E>> Set<E> choices(Column column, Choices<E> choices, Class<E> type) {
        String text = present(column);
        if (text == null) {
            return null;
        }
        Set<E> chosen = EnumSet.noneOf(type);
        List<String> unknown = new ArrayList<>();
        for (String part : text.split("[;,]")) {
            if (!part.isBlank()) {
                choices.parse(part).ifPresentOrElse(chosen::add, () -> unknown.add(part.strip()));
            }
        }
        if (!unknown.isEmpty()) {
            problems.at(number, column, "imports.cell.not-a-choice", String.join("; ", unknown),
                    String.join("; ", choices.labels()));
            return null;
        }
        return chosen;
    }

    /** Records a problem found by comparing this row with others or with stored data. */
    public void problem(Column column, String messageKey, Object... arguments) {
        problems.at(number, column, messageKey, arguments);
    }

    private String present(Column column) {
        String text = cell(column).text();
        if (text.isEmpty()) {
            if (column.required()) {
                problems.at(number, column, "imports.cell.required");
            }
            return null;
        }
        return text;
    }

    private CellText cell(Column column) {
        return cells.getOrDefault(column, CellText.BLANK);
    }
}
