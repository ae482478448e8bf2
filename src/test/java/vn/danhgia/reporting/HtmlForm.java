package vn.danhgia.reporting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of one form on a page as a browser would post them: inputs (a radio or checkbox only when checked),
 * text areas and the selected option of each select, with their values unescaped. Enough for the application's own
 * forms, which Thymeleaf writes with double-quoted attributes.
 */
final class HtmlForm {

    private static final Pattern FIELD = Pattern.compile(
            "<(input)\\b([^>]*)>|<(select)\\b([^>]*)>(.*?)</select>|<(textarea)\\b([^>]*)>(.*?)</textarea>",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
    private static final Pattern SELECTED = Pattern.compile("<option\\b([^>]*\\bselected\\b[^>]*)>");

    private final Map<String, String> fields = new LinkedHashMap<>();

    private HtmlForm() {
    }

    /** The form with this id, if the page has it. */
    static Optional<HtmlForm> byId(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            return Optional.empty();
        }
        int end = page.indexOf("</form>", start);
        HtmlForm form = new HtmlForm();
        Matcher field = FIELD.matcher(page.substring(start, end < 0 ? page.length() : end));
        while (field.find()) {
            int tag = field.group(1) != null ? 1 : field.group(3) != null ? 3 : 6;
            String element = field.group(tag);
            Map<String, String> attributes = attributes(field.group(tag + 1));
            String content = tag == 1 ? "" : field.group(tag + 2);
            String name = attributes.get("name");
            if (name == null || attributes.containsKey("disabled")) {
                continue;
            }
            String type = attributes.getOrDefault("type", "text");
            switch (element) {
                case "textarea" -> form.fields.put(name, unescape(content.startsWith("\n") ? content.substring(1)
                        : content));
                case "select" -> {
                    Matcher option = SELECTED.matcher(content);
                    form.fields.put(name, option.find() ? attributes(option.group(1)).getOrDefault("value", "") : "");
                }
                default -> {
                    if ((type.equals("radio") || type.equals("checkbox")) && !attributes.containsKey("checked")) {
                        continue;
                    }
                    if (!type.equals("submit") && !type.equals("button")) {
                        form.fields.put(name, attributes.getOrDefault("value", ""));
                    }
                }
            }
        }
        return Optional.of(form);
    }

    /** The CSRF token of the first form on the page. */
    static Optional<String> csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        return token.find() ? Optional.of(token.group(1)) : Optional.empty();
    }

    Map<String, String> fields() {
        return fields;
    }

    String get(String name) {
        return fields.get(name);
    }

    void set(String name, String value) {
        fields.put(name, value);
    }

    String encoded() {
        return encode(fields);
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), unescape(attribute.group(2)));
        }
        // Boolean attributes written bare (checked, selected, disabled).
        for (String bare : new String[] {"checked", "disabled", "selected"}) {
            if (Pattern.compile("\\s" + bare + "(\\s|$|/)").matcher(text).find()) {
                attributes.putIfAbsent(bare, bare);
            }
        }
        return attributes;
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
