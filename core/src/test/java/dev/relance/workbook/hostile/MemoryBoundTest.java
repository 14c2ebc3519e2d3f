package dev.relance.workbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads each hostile workbook in a JVM of its own with a 256 MiB heap: the outcome must be the
 * expected result or our own error, within a time bound, and the file must be left as it was.
 */
class MemoryBoundTest {

    private static final Duration TIME_BOUND = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    static List<HostileCase> cases() {
        return HostileCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsHostileWorkbookWithinMemoryAndTimeBounds(HostileCase hostile) throws Exception {
        Path file = hostile.writeIn(folder);
        String digestBefore = sha256(file);

        long start = System.nanoTime();
        String outcome = readInChildJvm(file);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome).startsWith(hostile.expected());
        assertThat(elapsed).isLessThan(TIME_BOUND);
        assertThat(sha256(file)).isEqualTo(digestBefore);
    }

    private static String readInChildJvm(Path file) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire runs tests from a manifest-only jar and names the real class path here
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", classPath,
                ReadInChildJvm.class.getName(), file.toString())
                .redirectErrorStream(true)
                .start();
        if (!child.waitFor(TIME_BOUND.toSeconds(), TimeUnit.SECONDS)) {
            child.destroyForcibly();
            return "timed out after " + TIME_BOUND;
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return output + (child.exitValue() == 0 ? "" : " (exit " + child.exitValue() + ")");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
