package vn.danhgia.platform;

/** A token just created: the only moment its value is known; it is shown once and then only its hash is kept. */
public record IssuedAccessToken(long id, String name, String token) {

    /** Never the token itself, should the record reach a log. */
    @Override
    public String toString() {
        return "IssuedAccessToken[id=" + id + ", name=" + name + "]";
    }
}
