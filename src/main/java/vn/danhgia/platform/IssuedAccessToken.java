package vn.danhgia.platform;

/** A token just created: the only moment its value is known; it is shown once and then only its hash is kept. */
public record IssuedAccessToken(long id, String name, String token) {
}
