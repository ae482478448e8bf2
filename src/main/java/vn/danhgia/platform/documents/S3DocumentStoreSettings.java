package vn.danhgia.platform.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the documents go when {@code danhgia.documents.store=s3} (application.yml, {@code DANHGIA_DOCUMENTS_S3_*}).
 *
 * @param endpoint  the server's address, e.g. {@code https://s3.example.vn}; blank for AWS itself
 * @param region    the region requests are signed for; S3-compatible servers mostly accept any
 * @param bucket    the bucket, created beforehand
 * @param accessKey blank: the SDK's default credentials (AWS_ACCESS_KEY_ID, an instance profile, ...)
 * @param pathStyle {@code endpoint/bucket/key} addresses, which MinIO, Ceph and most S3-compatible servers need
 */
@ConfigurationProperties("danhgia.documents.s3")
record S3DocumentStoreSettings(String endpoint, String region, String bucket, String accessKey, String secretKey,
                               boolean pathStyle) {

    boolean hasEndpoint() {
        return endpoint != null && !endpoint.isBlank();
    }

    boolean hasAccessKey() {
        return accessKey != null && !accessKey.isBlank();
    }

    /** The endpoint and bucket, for messages; never the keys. */
    String where() {
        return (hasEndpoint() ? endpoint : "AWS S3") + " (region " + region + ")";
    }

    /** Never the secret key, wherever the settings end up printed. */
    @Override
    public String toString() {
        return "S3DocumentStoreSettings[" + where() + ", bucket " + bucket + ", access key "
               + (hasAccessKey() ? accessKey : "(SDK default)") + ", path style " + pathStyle + "]";
    }
}
