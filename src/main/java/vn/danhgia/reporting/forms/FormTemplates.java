package vn.danhgia.reporting.forms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The form templates: a file an administrator put under {@code ${danhgia.data-dir}/forms/} wins over the one shipped
 * under {@code forms/} on the class path. Read afresh for every form, so a replaced template is used from the next
 * download on, without a rebuild or a restart.
 */
@Component
class FormTemplates {

    private final Path overrides;

    FormTemplates(@Value("${danhgia.data-dir}") Path dataDir) {
        this.overrides = dataDir.resolve("forms").toAbsolutePath().normalize();
    }

    /** Opens the template; {@code fileName} comes from the code (e.g. {@code mau-01.docx}), never from a request. */
    InputStream open(String fileName) throws IOException {
        Path override = overrides.resolve(fileName);
        if (Files.isRegularFile(override)) {
            return Files.newInputStream(override);
        }
        return new ClassPathResource("forms/" + fileName).getInputStream();
    }
}
