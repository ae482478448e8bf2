package vn.danhgia.platform;

/** A password the system generated for an account; shown to the administrator once and stored only as a hash. */
public record IssuedPassword(long accountId, String username, String password) {

    @Override
    public String toString() {
        return "IssuedPassword[accountId=" + accountId + ", username=" + username + "]";
    }
}
