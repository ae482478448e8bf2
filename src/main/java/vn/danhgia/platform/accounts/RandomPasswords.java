package vn.danhgia.platform.accounts;

import java.security.SecureRandom;
import org.springframework.modulith.NamedInterface;

/** Passwords for accounts nobody has chosen a password for yet; no look-alike characters (0/O, 1/l/I). */
@NamedInterface("accounts")
public final class RandomPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {
    }

    public static String generate(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
