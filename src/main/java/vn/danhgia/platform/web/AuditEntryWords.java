package vn.danhgia.platform.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.CadreNames;
import vn.danhgia.platform.Decimals;

/**
 * An audit entry in words (issue 12 §4): a sentence saying who did what to whose record ("Lê Văn Hùng đã hoàn thành
 * thẩm định phiếu tự đánh giá của Lương Thị Mai"), and the values that changed as labelled fields, with statuses and
 * levels in the reader's language rather than enum codes and raw JSON. Keys: {@code audit.sentence.<ACTION>},
 * {@code audit.record.<TYPE>}, {@code audit.field.<name>}, {@code audit.value.<CODE>}.
 */
@Component
class AuditEntryWords {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*Z");

    private final MessageSource messages;
    private final JsonMapper json;
    private final CadreNames cadreNames;
    private final DisplayFormats formats = new DisplayFormats();

    AuditEntryWords(MessageSource messages, JsonMapper json, CadreNames cadreNames) {
        this.messages = messages;
        this.json = json;
        this.cadreNames = cadreNames;
    }

    /** The entries of one page in words; the subjects' names are read once for the whole page. */
    List<AuditRow> rows(List<AuditEntryView> entries, Locale locale) {
        Set<Long> subjects = entries.stream().map(AuditEntryView::subjectCadreId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = cadreNames.fullNames(subjects);
        return entries.stream().map(entry -> row(entry,
                entry.subjectCadreId() == null ? null : names.get(entry.subjectCadreId()), locale)).toList();
    }

    String actionLabel(String action, Locale locale) {
        return messages.getMessage("audit.action." + action, null,
                messages.getMessage("audit.action.other", null, locale), locale);
    }

    String recordTypeLabel(String recordType, Locale locale) {
        return messages.getMessage("audit.record." + recordType, null,
                messages.getMessage("audit.record.other", null, locale), locale);
    }

    private AuditRow row(AuditEntryView entry, String subjectName, Locale locale) {
        String actor = StringUtils.hasText(entry.actorName()) ? entry.actorName() : entry.actorUsername();
        String sentence = messages.getMessage("audit.sentence." + entry.action(), new Object[] {actor}, null, locale);
        if (sentence == null) {
            sentence = messages.getMessage("audit.sentence.other",
                    new Object[] {actor, recordTypeLabel(entry.recordType(), locale)}, locale);
        }
        if (subjectName != null) {
            String key = subjectName.equals(entry.actorName()) ? "audit.sentence.ownRecord" : "audit.sentence.about";
            sentence = messages.getMessage(key, new Object[] {sentence, subjectName}, locale);
        }
        String record = messages.getMessage("audit.record.number",
                new Object[] {recordTypeLabel(entry.recordType(), locale), String.valueOf(entry.recordId())}, locale);
        return new AuditRow(entry, actionLabel(entry.action(), locale), sentence, record,
                fields(tree(entry.before()), tree(entry.after()), locale));
    }

    /** The fields that changed (all of them for a record created or removed), each with a label and both values. */
    private List<Field> fields(JsonNode before, JsonNode after, Locale locale) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(fieldNames(before));
        names.addAll(fieldNames(after));
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            JsonNode was = before == null ? null : before.get(name);
            JsonNode is = after == null ? null : after.get(name);
            if (before != null && after != null && Objects.equals(was, is)) {
                continue;
            }
            fields.add(new Field(label(name, locale), before == null ? null : value(name, was, locale),
                    after == null ? null : value(name, is, locale)));
        }
        return fields;
    }

    private static Set<String> fieldNames(JsonNode node) {
        return node == null || !node.isObject() ? Set.of() : new LinkedHashSet<>(node.propertyNames());
    }

    private String label(String name, Locale locale) {
        return messages.getMessage("audit.field." + name, null,
                messages.getMessage("audit.field.other", null, locale), locale);
    }

    private String value(String field, JsonNode node, Locale locale) {
        if (node == null || node.isNull()) {
            return messages.getMessage("audit.value.none", null, locale);
        }
        if (node.isBoolean()) {
            return messages.getMessage("audit.value." + node.booleanValue(), null, locale);
        }
        if (node.isNumber()) {
            return Decimals.inReadersLanguage(node.decimalValue());
        }
        if (node.isString()) {
            return text(field, node.stringValue(), locale);
        }
        if (node.isEmpty() && node.isContainer()) {
            return messages.getMessage("audit.value.none", null, locale);
        }
        if (node.isArray() && node.valueStream().allMatch(JsonNode::isValueNode)) {
            return node.valueStream().map(item -> value(field, item, locale)).collect(Collectors.joining("; "));
        }
        return messages.getMessage("audit.value.items", new Object[] {node.size()}, locale);
    }

    private String text(String field, String text, Locale locale) {
        if (CODE.matcher(text).matches()) {
            String levelKey = field.toLowerCase(Locale.ROOT).endsWith("level") ? "audit.value.level." + text : null;
            String named = levelKey == null ? null : messages.getMessage(levelKey, null, null, locale);
            return named != null ? named : messages.getMessage("audit.value." + text, null, text, locale);
        }
        if (INSTANT.matcher(text).matches()) {
            try {
                return formats.dateTime(Instant.parse(text));
            } catch (DateTimeParseException notAMoment) {
                return text;
            }
        }
        return text;
    }

    private JsonNode tree(String state) {
        if (state == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(state);
            return node.isObject() ? node : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    /** One line of the audit page: the entry in words and its changed fields. */
    record AuditRow(AuditEntryView entry, String actionLabel, String sentence, String record, List<Field> fields) {
    }

    /** A changed field: its label and its values before and after (null where the record did not exist). */
    record Field(String label, String before, String after) {
    }
}
