package org.smavs.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.smavs.server.config.StorageSettings;

/**
 * A real S3-compatible server (S3Proxy from Maven Central, in-memory backend) in a child process, so the
 * S3 backend is tested against actual HTTP and signatures, not a mock.
 */
public final class S3ProxyServer implements AutoCloseable {
    public static final String ACCESS_KEY = "smavs-test-access";
    public static final String SECRET_KEY = "smavs-test-secret";

    private final Process process;
    private final int port;
    private final Path properties;

    private S3ProxyServer(Process process, int port, Path properties) {
        this.process = process;
        this.port = port;
        this.properties = properties;
    }

    public static S3ProxyServer start() {
        String jar = System.getProperty("smavs.s3proxy.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("S3Proxy jar not found (system property smavs.s3proxy.jar = " + jar + ")");
        }
        try {
            int port = freePort();
            Path properties = Files.createTempFile("s3proxy", ".properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=transient-nio2",
                    "jclouds.identity=" + ACCESS_KEY,
                    "jclouds.credential=" + SECRET_KEY) + "\n");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar", jar, "--properties", properties.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            S3ProxyServer server = new S3ProxyServer(process, port, properties);
            server.awaitPort(Duration.ofSeconds(30));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public StorageSettings settings(String bucket) {
        return StorageSettings.s3(bucket, "us-east-1", ACCESS_KEY, SECRET_KEY, endpoint());
    }

    /** Simulates the object store going away. */
    public void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            Files.deleteIfExists(properties);
        } catch (IOException ignored) {
            // temp file
        }
    }

    private void awaitPort(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with code " + process.exitValue());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                sleep();
            }
        }
        close();
        throw new IllegalStateException("S3Proxy did not open port " + port + " within " + timeout);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
