package vn.danhgia.platform.accounts;

import java.time.Instant;

/** A personal access token as its owner and the administrators see it: never the token, only its first characters. */
public record AccessTokenView(long id, long accountId, String name, String prefix, Instant createdAt,
                              Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
