package vn.danhgia.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label and refusal the module can show exists in Vietnamese and in English. */
class OrganizationMessagesTests {

    private final Properties vietnamese = load("i18n/organization_vi.properties");
    private final Properties english = load("i18n/organization_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(vietnamese.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
    }

    @Test
    void everyEnumValueHasALabel() {
        List<String> keys = Stream.of(
                Stream.of(UnitKind.values()).map(UnitKind::messageKey),
                Stream.of(PositionRank.values()).map(PositionRank::messageKey),
                Stream.of(PositionTrack.values()).map(PositionTrack::messageKey),
                Stream.of(EmploymentKind.values()).map(EmploymentKind::messageKey),
                Stream.of(AppointmentKind.values()).map(AppointmentKind::messageKey),
                Stream.of(ScopeRole.values()).map(ScopeRole::messageKey),
                Stream.of(SpecialCaseKind.values()).map(SpecialCaseKind::messageKey))
                .flatMap(keyStream -> keyStream).toList();

        assertThat(vietnamese.stringPropertyNames()).containsAll(keys);
        assertThat(vietnamese.getProperty(UnitKind.PARTY_CELL.messageKey())).isEqualTo("Chi bộ");
    }

    @Test
    void everyRefusalTheModuleRaisesHasAMessage() throws IOException {
        Pattern refusalKey = Pattern.compile("\"(organization\\.refusal\\.[a-z-]+)\"");
        List<String> raised;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/danhgia/organization"))) {
            raised = sources.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(path -> refusalKey.matcher(read(path)).results().map(match -> match.group(1)))
                    .distinct().toList();
        }

        assertThat(raised).hasSizeGreaterThanOrEqualTo(5);
        assertThat(vietnamese.stringPropertyNames()).containsAll(raised);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                OrganizationMessagesTests.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
        return properties;
    }
}
