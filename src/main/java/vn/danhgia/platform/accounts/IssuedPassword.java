package vn.danhgia.platform.accounts;

import java.io.Serializable;
import org.springframework.modulith.NamedInterface;

/**
 * A password the system generated for an account; shown to the administrator once and stored only as a hash. It
 * travels to the next page as a flash attribute, through the session table, so it is serializable.
 */
@NamedInterface("accounts")
public record IssuedPassword(long accountId, String username, String password) implements Serializable {

    @Override
    public String toString() {
        return "IssuedPassword[accountId=" + accountId + ", username=" + username + "]";
    }
}
