package org.claimtrail.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An S3-compatible server (Adobe's S3Mock, copied to {@code target/s3mock} by the build) in a
 * process of its own, with one bucket, and the S3A settings that reach it.
 */
public final class S3Server implements AutoCloseable {

    private final Process process;
    private final int port;

    private S3Server(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the server with {@code bucket}, storing under {@code dir}; waits until it answers. */
    public static S3Server start(Path dir, String bucket) throws IOException, InterruptedException {
        Path jar = ProjectFiles.home().resolve("target/s3mock/s3mock.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the Maven build copies it (mvn generate-test-resources)");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(),
                "--server.port=0", "--com.adobe.testing.s3mock.httpPort=" + port,
                "--com.adobe.testing.s3mock.store.initialBuckets=" + bucket,
                "--com.adobe.testing.s3mock.store.root=" + dir)
                .redirectErrorStream(true).redirectOutput(dir.resolveSibling("s3mock.log").toFile()).start();
        S3Server server = new S3Server(p, port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("S3Mock exited with " + p.exitValue() + "; see " + dir.resolveSibling("s3mock.log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains(bucket)) {
                    return server;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        server.close();
        throw new IllegalStateException("S3Mock did not answer within 90 s");
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Hadoop settings (without the {@code spark.hadoop.} prefix) for S3A to use this server. */
    public Map<String, String> s3aSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fs.s3a.endpoint", endpoint());
        m.put("fs.s3a.endpoint.region", "us-east-1");
        m.put("fs.s3a.path.style.access", "true");
        m.put("fs.s3a.connection.ssl.enabled", "false");
        m.put("fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
        m.put("fs.s3a.access.key", "claimtrail");
        m.put("fs.s3a.secret.key", "claimtrail-secret");
        return m;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
