package vn.danhgia.platform.accounts;

import java.io.Serializable;

/**
 * A token just created: the only moment its value is known; it is shown once and then only its hash is kept. It
 * travels to the next page as a flash attribute, through the session table, so it is serializable.
 */
public record IssuedAccessToken(long id, String name, String token) implements Serializable {

    /** Never the token itself, should the record reach a log. */
    @Override
    public String toString() {
        return "IssuedAccessToken[id=" + id + ", name=" + name + "]";
    }
}
