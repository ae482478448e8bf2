package vn.danhgia.platform.documents;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The S3-compatible document store, chosen by {@code danhgia.documents.store=s3} for several application nodes: its
 * client and the store, which checks its bucket when the application starts and stops the start when it cannot use it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "danhgia.documents", name = "store", havingValue = "s3")
class S3DocumentStoreConfiguration {

    @Bean(destroyMethod = "close")
    S3Client documentStoreClient(S3DocumentStoreSettings settings) {
        return client(settings);
    }

    @Bean
    S3DocumentStorage s3DocumentStorage(S3Client documentStoreClient, S3DocumentStoreSettings settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("danhgia.documents.store=s3 needs a bucket: set DANHGIA_DOCUMENTS_S3_BUCKET"
                    + " (danhgia.documents.s3.bucket)");
        }
        S3DocumentStorage storage = new S3DocumentStorage(documentStoreClient, settings.bucket());
        storage.checkBucket(settings.where());
        return storage;
    }

    static S3Client client(S3DocumentStoreSettings settings) {
        AwsCredentialsProvider credentials = settings.hasAccessKey()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                        settings.secretKey()))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                // The JDK's own HTTP connection: no Apache or Netty client on the class path for a few requests
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)))
                // No CRC32 of the SDK's own on every request: many S3-compatible servers answer 501 to those headers.
                // The store sends its own checksums (S3DocumentStorage) and the application checks what it reads.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle());
        if (settings.hasEndpoint()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        return builder.build();
    }
}
