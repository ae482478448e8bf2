package vn.danhgia.imports;

import static vn.danhgia.imports.ImportFiles.fill;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.support.TestActors;

/** What the import tests share: signing in as a demo account, filling a template, and removing what they imported. */
abstract class ImportTestSupport {

    @Autowired
    ImportService imports;

    @Autowired
    TestActors testActors;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeImportedRecords() {
        ImportedData.remove(jdbc);
    }

    <T> T as(String username, Supplier<T> work) {
        return TestActors.runAs(testActors.account(username), work);
    }

    /** The kind's template, downloaded by the person, with the rows typed in. */
    byte[] file(String username, ImportKind kind, List<List<String>> rows) {
        return fill(as(username, () -> imports.template(kind)), rows);
    }

    ImportReport preview(String username, ImportKind kind, List<List<String>> rows) {
        byte[] content = file(username, kind, rows);
        return as(username, () -> imports.preview(kind, kind.slug() + ".xlsx", content));
    }

    /** Uploads the rows and confirms them; fails the test when the dry run finds a problem. */
    ImportReport apply(String username, ImportKind kind, List<List<String>> rows) {
        ImportReport preview = preview(username, kind, rows);
        if (preview.hasProblems()) {
            throw new AssertionError("the dry run found problems: " + preview.problems());
        }
        return as(username, () -> imports.confirm(kind, preview.uploadId()));
    }

    static List<String> places(ImportReport report) {
        return report.problems().stream().map(problem -> problem.column() + problem.row()).toList();
    }
}
