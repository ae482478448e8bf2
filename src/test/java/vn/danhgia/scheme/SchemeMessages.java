package vn.danhgia.scheme;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/** The scheme message bundles as files, read as UTF-8 like spring.messages.encoding says. */
public final class SchemeMessages {

    private SchemeMessages() {
    }

    public static Properties vietnamese() {
        return load("i18n/scheme_vi.properties");
    }

    public static Properties english() {
        return load("i18n/scheme_en.properties");
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                SchemeMessages.class.getClassLoader().getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
