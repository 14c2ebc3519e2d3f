package dev.relance.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.relance.RelanceException;

/**
 * Detects a workbook that LibreOffice or Excel has open, from the lock file each puts next to it:
 * {@code .~lock.NAME#} (LibreOffice, a CSV line naming the user and machine) and {@code ~$NAME}
 * (Excel, whose first bytes hold the user name).
 */
final class WorkbookLock {

    private WorkbookLock() {
    }

    /** Fails with a message saying who holds the workbook when a lock file is next to it. */
    static void requireNotOpen(Path workbook) {
        Path directory = workbook.toAbsolutePath().getParent();
        String name = workbook.getFileName().toString();
        Path libreOffice = directory.resolve(".~lock." + name + "#");
        Path excel = directory.resolve("~$" + (name.length() > 2 ? name.substring(2) : name));
        Path excelFull = directory.resolve("~$" + name);
        for (Path lock : List.of(libreOffice, excelFull, excel)) {
            if (Files.exists(lock)) {
                String holder = readHolder(lock).map(who -> " by " + who).orElse("");
                throw new RelanceException("the workbook is open" + holder + " (lock file " + lock.getFileName()
                        + "); close it in Calc or Excel and run again, or delete the lock file if no one has it open",
                        workbook, null, null, null, null);
            }
        }
    }

    private static Optional<String> readHolder(Path lock) {
        try {
            byte[] bytes = Files.readAllBytes(lock);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (lock.getFileName().toString().startsWith(".~lock.")) {
                // LibreOffice: "initials,user name,machine,date,profile;"
                String[] fields = text.split(",");
                return fields.length > 2 ? Optional.of(fields[1] + " on " + fields[2]) : Optional.empty();
            }
            // Excel: a length byte, then the user name in single-byte characters.
            int length = bytes.length > 0 ? Math.min(bytes[0] & 0xFF, bytes.length - 1) : 0;
            String user = new String(bytes, 1, length, StandardCharsets.ISO_8859_1).strip();
            return user.isEmpty() ? Optional.empty() : Optional.of(user);
        } catch (IOException | RuntimeException ignored) {
            // The lock file is enough to refuse; its content only makes the message friendlier.
            return Optional.empty();
        }
    }
}
