package vn.danhgia.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped JSON Schema names exactly the fields the application writes and reads, so the two cannot drift. */
class ExchangeFormatDocumentTests {

    final JsonNode schema = JsonMapper.builder().build()
            .readTree(Files.readString(Path.of("docs/upward-report.schema.json")));

    ExchangeFormatDocumentTests() throws Exception {
    }

    @Test
    void theSchemaDescribesEveryFieldOfTheReportAndNoOther() {
        assertThat(names(schema.get("properties"))).containsExactlyInAnyOrder(components(UpwardReport.class));
        assertThat(names(schema.at("/properties/sender/properties")))
                .containsExactlyInAnyOrder(components(UpwardReport.Body.class));
        assertThat(names(schema.at("/properties/period/properties")))
                .containsExactlyInAnyOrder(components(UpwardReport.Period.class));
        assertThat(names(schema.at("/properties/generatedBy/properties")))
                .containsExactlyInAnyOrder(components(UpwardReport.Person.class));
        assertThat(names(schema.at("/properties/units/items/properties")))
                .containsExactlyInAnyOrder(components(UpwardReport.UnitCounts.class));
        assertThat(names(schema.at("/properties/rows/items/properties")))
                .containsExactlyInAnyOrder(components(UpwardReport.Row.class));
        assertThat(names(schema.at("/$defs/levelCounts/properties")))
                .containsExactlyInAnyOrder(components(UpwardReport.LevelCounts.class));
        assertThat(schema.at("/properties/format/const").asString()).isEqualTo(UpwardReport.FORMAT);
        assertThat(schema.at("/properties/version/const").intValue()).isEqualTo(UpwardReport.VERSION);
    }

    private static String[] names(JsonNode properties) {
        return properties.propertyNames().toArray(String[]::new);
    }

    private static String[] components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }
}
