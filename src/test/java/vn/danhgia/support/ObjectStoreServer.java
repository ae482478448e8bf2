package vn.danhgia.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3 API server for the tests: S3Proxy (Apache 2.0) on its in-memory backend, in a JVM of its own started from
 * {@code target/s3proxy/s3proxy.jar}, which the build copies there (pom: maven-dependency-plugin, s3proxy-for-tests).
 * Its own JVM keeps its Jetty, AWS SDK and Jackson away from the application's. One server is started for the whole
 * test run ({@link #shared()}) and stopped when the JVM ends; each test takes a bucket of its own ({@link #newBucket()})
 * and hands {@link #properties(String)} to the application context it starts, so that its documents go there.
 */
public final class ObjectStoreServer {

    public static final String ACCESS_KEY = "danhgia-test";
    public static final String SECRET_KEY = "danhgia-test-secret";
    public static final String REGION = "us-east-1";

    private static ObjectStoreServer shared;

    private final Process process;
    private final URI endpoint;
    private final S3Client client;

    private ObjectStoreServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
        this.client = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                        SECRET_KEY)))
                .forcePathStyle(true)
                // S3Proxy answers 501 to the SDK's own CRC32 headers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    /** The server of this test run, started on first use. */
    public static synchronized ObjectStoreServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "s3proxy-stop"));
        }
        return shared;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client signed in to the server, to look at the buckets behind the application's back. */
    public S3Client client() {
        return client;
    }

    /** Creates an empty bucket no other test uses and returns its name. */
    public String newBucket() {
        String bucket = "danhgia-" + UUID.randomUUID().toString().substring(0, 18);
        client.createBucket(create -> create.bucket(bucket));
        return bucket;
    }

    /** The keys of the objects in the bucket. */
    public List<String> keys(String bucket) {
        return client.listObjectsV2Paginator(list -> list.bucket(bucket)).contents().stream().map(S3Object::key)
                .toList();
    }

    /** The settings that send an application's documents to the bucket (danhgia.documents.store=s3). */
    public Map<String, String> properties(String bucket) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("danhgia.documents.store", "s3");
        properties.put("danhgia.documents.s3.endpoint", endpoint.toString());
        properties.put("danhgia.documents.s3.region", REGION);
        properties.put("danhgia.documents.s3.bucket", bucket);
        properties.put("danhgia.documents.s3.access-key", ACCESS_KEY);
        properties.put("danhgia.documents.s3.secret-key", SECRET_KEY);
        properties.put("danhgia.documents.s3.path-style", "true");
        return properties;
    }

    /** The same settings as command-line arguments, for a {@code SpringApplicationBuilder.run(...)}. */
    public String[] arguments(String bucket) {
        return properties(bucket).entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private static ObjectStoreServer start() {
        Path jar = Path.of(System.getProperty("danhgia.s3proxy.jar", "target/s3proxy/s3proxy.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: the build copies it in its"
                    + " process-test-resources phase (./mvnw test-compile, once online)");
        }
        try {
            int port = freePort();
            Path directory = Files.createDirectories(jar.toAbsolutePath().getParent().resolve("run-" + port));
            Path settings = directory.resolve("s3proxy.properties");
            Files.writeString(settings, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=transient-nio2",
                    "jclouds.identity=" + ACCESS_KEY,
                    "jclouds.credential=" + SECRET_KEY), StandardCharsets.UTF_8);
            Path log = directory.resolve("s3proxy.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
                    jar.toAbsolutePath().toString(), "--properties", settings.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            awaitListening(process, port, log);
            return new ObjectStoreServer(process, URI.create("http://127.0.0.1:" + port));
        } catch (IOException failed) {
            throw new UncheckedIOException("could not start S3Proxy", failed);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the server accepts connections; a slow shared machine may take several seconds to start a JVM. */
    private static void awaitListening(Process process, int port, Path log) throws IOException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy stopped at start (exit " + process.exitValue() + "):\n"
                        + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("S3Proxy did not listen on port " + port + " within 90 s:\n"
                + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while S3Proxy started", interrupted);
        }
    }

    private void stop() {
        client.close();
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
