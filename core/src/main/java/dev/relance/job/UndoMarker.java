package dev.relance.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import dev.relance.RelanceException;

/**
 * Remembers the last undo of a workbook in a hidden file beside it ({@code .NAME.relance-undone}):
 * the run undone and a SHA-256 digest of the workbook as the undo left it. While the workbook is
 * unchanged since, a second {@code relance undo} is the same request repeated, not a request to
 * undo the run before, and does nothing.
 *
 * @param runId  the run undone
 * @param digest the workbook's SHA-256 digest after the undo, in hexadecimal
 */
record UndoMarker(String runId, String digest) {

    static Path fileOf(Path workbook) {
        Path absolute = workbook.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".relance-undone");
    }

    /** Reads the marker; empty when there is none or it cannot be read. */
    static Optional<UndoMarker> read(Path workbook) {
        Path file = fileOf(workbook);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.size() >= 2
                    ? Optional.of(new UndoMarker(lines.get(0).strip(), lines.get(1).strip()))
                    : Optional.empty();
        } catch (IOException ignored) {
            // No marker, or an unreadable one: then no undo is known to have been done.
            return Optional.empty();
        }
    }

    /** Records that {@code runId} was undone, leaving the workbook as it is now. */
    static void write(Path workbook, String runId) {
        String content = runId + "\n" + digestOf(workbook) + "\n";
        AtomicSave.save(fileOf(workbook), target -> {
            try {
                Files.writeString(target, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RelanceException("cannot write " + target + ": " + e.getMessage(), e);
            }
        });
    }

    /** Returns whether the workbook is still exactly as the undo left it. */
    boolean matches(Path workbook) {
        return digest.equals(digestOf(workbook));
    }

    private static String digestOf(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new RelanceException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
