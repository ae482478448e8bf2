package vn.danhgia.imports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.danhgia.imports.ImportKind;

/** The uploaded files waiting for confirmation (table {@code import_upload}, V18). */
@Component
public class ImportUploads {

    private static final Duration KEPT_UNAPPLIED = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A file someone uploaded and has not applied yet. */
    public record Upload(long id, ImportKind kind, long accountId, String fileName, String checksum, byte[] content,
                         boolean applied) {
    }

    public long store(ImportKind kind, long accountId, String fileName, String checksum, byte[] content) {
        Instant now = clock.instant();
        jdbc.sql("delete from import_upload where applied_at is null and uploaded_at < :before")
                .param("before", OffsetDateTime.ofInstant(now.minus(KEPT_UNAPPLIED), ZoneOffset.UTC)).update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into import_upload (kind, account_id, file_name, checksum, content, uploaded_at)
                        values (:kind, :account, :fileName, :checksum, :content, :now)""")
                .param("kind", kind.name()).param("account", accountId).param("fileName", fileName)
                .param("checksum", checksum).param("content", content)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The person's own upload of that kind; nobody confirms another person's file. */
    public Optional<Upload> find(long id, long accountId, ImportKind kind) {
        return jdbc.sql("""
                        select id, kind, account_id, file_name, checksum, content, applied_at from import_upload
                        where id = :id and account_id = :account and kind = :kind""")
                .param("id", id).param("account", accountId).param("kind", kind.name())
                .query((row, n) -> new Upload(row.getLong("id"), ImportKind.valueOf(row.getString("kind")),
                        row.getLong("account_id"), row.getString("file_name"), row.getString("checksum"),
                        row.getBytes("content"), row.getObject("applied_at") != null))
                .optional();
    }

    /**
     * Marks the upload applied unless another confirmation already did: the condition is re-read under the row's
     * lock, so of two confirmations of the same file only one can commit its writes.
     */
    public boolean markApplied(long id) {
        return jdbc.sql("update import_upload set applied_at = :now where id = :id and applied_at is null")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).param("id", id)
                .update() == 1;
    }

    public void remove(long id) {
        jdbc.sql("delete from import_upload where id = :id and applied_at is null").param("id", id).update();
    }
}
