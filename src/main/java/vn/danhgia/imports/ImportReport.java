package vn.danhgia.imports;

import java.util.List;
import vn.danhgia.platform.accounts.IssuedPassword;

/**
 * The answer to an upload (a dry run: nothing written) or a confirmation ({@code applied} when written). A report
 * with problems never comes with anything written.
 *
 * @param uploadId        the stored upload to confirm; the file is kept on the server, addressed by this id
 * @param checksum        SHA-256 of the file, hex
 * @param issuedPasswords passwords generated for created accounts, shown once after a confirmation
 */
public record ImportReport(ImportKind kind, long uploadId, String fileName, String checksum, boolean applied,
                           List<ImportProblem> problems, List<ImportOutcome> outcomes,
                           List<IssuedPassword> issuedPasswords) {

    public ImportReport {
        problems = List.copyOf(problems);
        outcomes = List.copyOf(outcomes);
        issuedPasswords = List.copyOf(issuedPasswords);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public long count(ImportAction action) {
        return outcomes.stream().filter(outcome -> outcome.action() == action).count();
    }

    /** Whether confirming would write anything. */
    public boolean hasChanges() {
        return !hasProblems() && outcomes.stream().anyMatch(outcome -> outcome.action() != ImportAction.UNCHANGED);
    }
}
