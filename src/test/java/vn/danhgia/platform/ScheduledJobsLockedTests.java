package vn.danhgia.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Issue 15 §4: with several application nodes on one database, a scheduled job runs once because it takes a lock in
 * the {@code shedlock} table first. A job added without the lock would run on every node: this fails instead.
 */
class ScheduledJobsLockedTests {

    // Imported once for both tests: reading every class of the application takes seconds
    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("vn.danhgia");

    @Test
    void everyScheduledMethodTakesALock() {
        methods().that().areAnnotatedWith(Scheduled.class).should().beAnnotatedWith(SchedulerLock.class)
                .check(APPLICATION);
    }

    @Test
    void theRemindersAndTheExpiredSessionCleanUpAreAmongThem() {
        assertThat(APPLICATION.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Scheduled.class))
                .map(method -> method.getOwner().getSimpleName()))
                .contains("ReminderJob", "ExpiredSessions");
    }
}
