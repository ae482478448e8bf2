package vn.danhgia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every module's UI text in its message bundles (conventions: "UI text comes from message bundles, never
 * hard-coded in templates"; "Every key must exist in both files"). It reads all of {@code i18n/} and
 * {@code templates/}, so the bundles and templates of modules added later are checked too.
 */
class MessageBundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> LANGUAGES = List.of("vi", "en");

    /** Text that stays the same in every language: the language switch names each language in that language. */
    private static final Set<String> LANGUAGE_INDEPENDENT_TEXT = Set.of("Tiếng Việt", "English");

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)|#messages\\.msg(?:OrNull)?\\('([^']+)'");
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([a-zA-Z][\\w:.-]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?)*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    /** Attributes whose value people read. */
    private static final Set<String> HUMAN_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");
    /** Attributes that replace an element's content when the template is rendered, so its own text never shows. */
    private static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:remove",
            "sec:authentication");
    private static final Set<String> FRAGMENT_INCLUDING = Set.of("th:replace", "th:insert");
    /** A fragment call that passes parts of this template ({@code layout(~{::title}, ~{::main})}) shows them. */
    private static final Pattern PASSES_OWN_MARKUP = Pattern.compile("\\(.*~\\{::", Pattern.DOTALL);
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr");
    private static final Pattern NOT_RENDERED = Pattern.compile(
            "<!--.*?-->|<!DOCTYPE[^>]*>|<script\\b[^>]*>.*?</script>|<style\\b[^>]*>.*?</style>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_EXPRESSION_OR_ENTITY =
            Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&#?\\w+;", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = files(BUNDLES, ".properties");
        for (Path bundle : bundles) {
            String name = bundle.getFileName().toString();
            for (String language : LANGUAGES) {
                String suffix = "_" + language + ".properties";
                if (!name.endsWith(suffix)) {
                    continue;
                }
                String module = name.substring(0, name.length() - suffix.length());
                Set<String> keys = keys(bundle);
                for (String other : LANGUAGES) {
                    Path twin = bundle.resolveSibling(module + "_" + other + ".properties");
                    if (!Files.exists(twin)) {
                        problems.add(name + " has no twin " + twin.getFileName());
                        continue;
                    }
                    Set<String> missing = new TreeSet<>(keys);
                    missing.removeAll(keys(twin));
                    missing.forEach(key -> problems.add(key + " of " + name + " is missing from " + twin));
                }
            }
        }
        assertThat(bundles).as("bundles in " + BUNDLES).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    /** Bundles come in vi/en pairs (MessagesConfiguration); keys in a base bundle would escape the twin check. */
    @Test
    void baseBundlesHoldNoText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path bundle : files(BUNDLES, ".properties")) {
            String name = bundle.getFileName().toString();
            boolean perLanguage = LANGUAGES.stream()
                    .anyMatch(language -> name.endsWith("_" + language + ".properties"));
            Set<String> keys = keys(bundle);
            if (!perLanguage && !keys.isEmpty()) {
                problems.add(name + " holds " + keys);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path bundle : files(BUNDLES, "_vi.properties")) {
            known.addAll(keys(bundle));
        }
        List<String> problems = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            for (String key : messageKeys(Files.readString(template))) {
                if (!known.contains(key)) {
                    problems.add(TEMPLATES.relativize(template) + " uses unknown key " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            hardCodedText(Files.readString(template))
                    .forEach(text -> problems.add(TEMPLATES.relativize(template) + ":" + text));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void checkFindsTextOutsideMessageKeys() {
        String template = """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: layout(~{::title}, ~{::main})}">
                <!--/* Comments are not shown. */-->
                <h1 th:text="#{platform.home.heading}">Prototype text is replaced</h1>
                <p>Chọn chức năng</p>
                <div th:replace="~{layout :: flash}"><span>replaced too</span><b th:replace="~{::a(1)}">too</b></div>
                <input placeholder="Tên đăng nhập" th:aria-label="#{platform.login.username}">
                <button th:title="#{platform.action.close}" title="Đóng">&times;</button>
                <span>[[#{platform.nav.home}]]</span>
                <a href="?lang=en">English</a>
                <script>const text = 'not checked';</script>
                """;

        assertThat(hardCodedText(template)).containsExactly(
                "5: text \"Chọn chức năng\"", "7: placeholder=\"Tên đăng nhập\"");
    }

    @Test
    void checkFindsMessageKeysInExpressionsAndUtilityCalls() {
        String template = """
                <p th:text="#{assessment.result.outOf(${a}, ${b})}"></p>
                <p th:title="${#messages.msg('platform.action.close')}" th:text="#{${flashSuccess}}"></p>
                """;

        assertThat(messageKeys(template)).containsExactly("assessment.result.outOf", "platform.action.close");
    }

    private static List<String> messageKeys(String template) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = MESSAGE_KEY.matcher(template);
        while (matcher.find()) {
            keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return keys;
    }

    /**
     * Text with letters that a template would show as written: text nodes outside any element whose content the
     * rendering replaces, and human-readable attributes without a {@code th:} counterpart. Lines are 1-based.
     */
    private static List<String> hardCodedText(String template) {
        String rendered = blankOut(template, NOT_RENDERED);
        List<String> found = new ArrayList<>();
        Deque<OpenElement> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(rendered);
        int textStart = 0;
        while (true) {
            boolean more = tag.find();
            int textEnd = more ? tag.start() : rendered.length();
            String text = INLINE_EXPRESSION_OR_ENTITY.matcher(rendered.substring(textStart, textEnd)).replaceAll(" ")
                    .strip().replaceAll("\\s+", " ");
            boolean replaced = open.stream().anyMatch(OpenElement::contentReplaced);
            if (!replaced && LETTER.matcher(text).find() && !LANGUAGE_INDEPENDENT_TEXT.contains(text)) {
                found.add(line(rendered, textStart + leadingSpace(rendered, textStart)) + ": text \"" + text + "\"");
            }
            if (!more) {
                return found;
            }
            textStart = tag.end();
            String name = tag.group(2).toLowerCase();
            if (!tag.group(1).isEmpty()) {
                closeElement(open, name);
                continue;
            }
            List<String[]> attributes = attributes(tag.group(3));
            for (String[] attribute : attributes) {
                boolean localised = attributes.stream().anyMatch(a -> a[0].equals("th:" + attribute[0])
                        || a[0].equals("th:attr"));
                if (HUMAN_ATTRIBUTES.contains(attribute[0]) && LETTER.matcher(attribute[1]).find() && !localised) {
                    found.add(line(rendered, tag.start()) + ": " + attribute[0] + "=\"" + attribute[1] + "\"");
                }
            }
            if (tag.group(4).isEmpty() && !VOID_ELEMENTS.contains(name)) {
                open.push(new OpenElement(name, attributes.stream().anyMatch(MessageBundlesTests::replacesContent)));
            }
        }
    }

    private record OpenElement(String name, boolean contentReplaced) {
    }

    private static boolean replacesContent(String[] attribute) {
        return CONTENT_REPLACING.contains(attribute[0])
                || FRAGMENT_INCLUDING.contains(attribute[0]) && !PASSES_OWN_MARKUP.matcher(attribute[1]).find();
    }

    /** Elements left open inside (a {@code <p>} or {@code <li>} without its end tag) close with their parent. */
    private static void closeElement(Deque<OpenElement> open, String name) {
        if (open.stream().noneMatch(element -> element.name().equals(name))) {
            return;
        }
        OpenElement closed;
        do {
            closed = open.pop();
        } while (!closed.name().equals(name));
    }

    private static List<String[]> attributes(String source) {
        List<String[]> attributes = new ArrayList<>();
        Matcher matcher = ATTRIBUTE.matcher(source);
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            attributes.add(new String[] {matcher.group(1).toLowerCase(), value});
        }
        return attributes;
    }

    /** Replaces what is never shown by spaces and line breaks, so that offsets still give the right line. */
    private static String blankOut(String template, Pattern pattern) {
        Matcher matcher = pattern.matcher(template);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group().replaceAll("[^\\n]", " ")));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static int leadingSpace(String text, int from) {
        int index = from;
        while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
            index++;
        }
        return index - from;
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, Math.min(offset, text.length())).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
