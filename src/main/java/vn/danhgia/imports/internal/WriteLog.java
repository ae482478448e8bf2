package vn.danhgia.imports.internal;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.platform.accounts.IssuedPassword;

/**
 * What the writes of one import report back: the row being written (a catalogue's items span several rows), whether
 * this is the dry run, which is rolled back, and the passwords generated for created accounts.
 */
public final class WriteLog {

    private final boolean dryRun;
    private final List<IssuedPassword> passwords = new ArrayList<>();
    private int row;

    public WriteLog(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** The dry run writes and rolls back, so the services' own rules are tried; a write with effects outside the
     * database (ending an account's sessions) skips itself here. */
    public boolean dryRun() {
        return dryRun;
    }

    public void atRow(int row) {
        this.row = row;
    }

    public int row() {
        return row;
    }

    public void issued(IssuedPassword password) {
        passwords.add(password);
    }

    public List<IssuedPassword> passwords() {
        return List.copyOf(passwords);
    }
}
