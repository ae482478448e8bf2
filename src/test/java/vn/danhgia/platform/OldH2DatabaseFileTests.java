package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Issue 11 §1: "Existing H2 files must open and migrate" when danhgia moves to a newer H2. The file
 * {@code h2/danhgia-h2-2.4.240-v15.mv.db} was written by H2 2.4.240, the engine danhgia shipped before 2.5.252: the
 * application of that time migrated it to V15 ({@code --spring.flyway.target=15}), then, in that H2's shell, its
 * administrator was removed, Phòng Kinh tế, Lương Thị Mai (NB014) and her draft plan for quarter I/2027 were added
 * and the file was compacted ({@code SHUTDOWN COMPACT}, 64 KB). The H2 on the classpath opens a copy, Flyway applies
 * the later migrations, the rows read back, and a check constraint still takes a valid write and refuses a wrong one.
 * The file is H2's own, so this runs on H2 whichever database the other persistence tests use.
 */
class OldH2DatabaseFileTests {

    @TempDir
    Path dataDir;

    @Test
    void aDatabaseFileOfThePreviousH2OpensMigratesAndKeepsItsRows() throws Exception {
        try (InputStream old = getClass().getResourceAsStream("/h2/danhgia-h2-2.4.240-v15.mv.db")) {
            Files.copy(old, dataDir.resolve("danhgia.mv.db"));
        }
        String url = "jdbc:h2:file:" + dataDir.resolve("danhgia").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

        Flyway flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load();
        MigrateResult migrated = flyway.migrate();

        assertThat(migrated.initialSchemaVersion).isEqualTo("15");
        assertThat(migrated.migrationsExecuted).as("migrations after V15 applied").isPositive();
        assertThat(flyway.info().pending()).isEmpty();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            assertThat(jdbc.sql("select full_name from org_cadre where code = 'NB014'").query(String.class).single())
                    .isEqualTo("Lương Thị Mai");
            String plan = "update work_plan set status = ? where plan_year = 2027 and plan_quarter = 1";
            assertThat(jdbc.sql(plan).param("SUBMITTED").update()).isEqualTo(1);
            assertThatThrownBy(() -> jdbc.sql(plan).param("SENT").update())
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("ck_work_plan_status");
        }
    }
}
