package org.smavs.server.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smavs.server.ServerApp;

/**
 * A server (or the trivial Javalin app) in a JVM of its own, as in production: its own heap limit, its own
 * JIT and GC, measured from outside. Uses the server's packaged class path ({@code server/target/classes} and
 * {@code server/target/lib}, written by {@code ./mvnw -pl server -am package}).
 */
final class ChildJvm implements AutoCloseable {
    private static final Pattern JAVALIN_PORT = Pattern.compile("(?:LISTENING |http://localhost:)(\\d+)");

    private final Process process;
    private final int port;
    private final Path log;

    private ChildJvm(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code mainClass} with {@code jvmFlags} and {@code env}; waits until it reports its port. */
    static ChildJvm start(String name, String mainClass, List<String> jvmFlags, Map<String, String> env,
                          List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmFlags);
        command.add("-cp");
        // the server runs as shipped: without test classes, whose logback-test.xml would hide its start-up line
        command.add(classPath(!mainClass.equals("org.smavs.server.ServerMain")));
        command.add(mainClass);
        command.addAll(args);
        Path log = Files.createTempFile("smavs-" + name + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        int port = awaitPort(process, log);
        return new ChildJvm(process, port, log);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Resident memory of the process in MB, from /proc (0 where there is no /proc). */
    long residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Copies the child's output to its log file and returns the port from its start-up line. */
    private static int awaitPort(Process process, Path log) throws InterruptedException {
        int[] port = {-1};
        Object lock = new Object();
        Thread pump = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); var out = Files.newBufferedWriter(log)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    Matcher matcher = JAVALIN_PORT.matcher(line);
                    if (port[0] < 0 && matcher.find()) {
                        synchronized (lock) {
                            port[0] = Integer.parseInt(matcher.group(1));
                            lock.notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                // the child ended; its log says why
            }
        }, "child-output");
        pump.setDaemon(true);
        pump.start();
        long deadline = System.currentTimeMillis() + 120_000;
        synchronized (lock) {
            while (port[0] < 0 && process.isAlive() && System.currentTimeMillis() < deadline) {
                lock.wait(200);
            }
        }
        if (port[0] < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("The child JVM did not start; see " + log);
        }
        return port[0];
    }

    /** server/target/classes, server/target/lib/*, and (for helper programs) this program's own test classes. */
    private static String classPath(boolean withTestClasses) {
        try {
            Path classes = Path.of(ServerApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path testClasses = Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path lib = classes.getParent().resolve("lib");
            if (!Files.isDirectory(lib)) {
                throw new IllegalStateException(lib + " is missing: run ./mvnw -q -pl server -am package -DskipTests first");
            }
            return withTestClasses
                    ? String.join(java.io.File.pathSeparator, classes.toString(), testClasses.toString(), lib + "/*")
                    : String.join(java.io.File.pathSeparator, classes.toString(), lib + "/*");
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
