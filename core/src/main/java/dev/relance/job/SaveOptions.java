package dev.relance.job;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.workbook.Workbooks;

/**
 * Where a run saves the workbook it records into.
 *
 * @param output where to write the recorded workbook instead of replacing it; the original is
 *               then left as it is
 * @param backup whether to keep the version a save replaces as {@code NAME.bak} beside it
 */
public record SaveOptions(Optional<Path> output, boolean backup) {

    /** Replaces the workbook itself, without a backup. */
    public static final SaveOptions IN_PLACE = new SaveOptions(Optional.empty(), false);

    /**
     * Returns the file the run writes for this workbook: the workbook, or the output.
     *
     * @throws RelanceException when the output is the workbook itself or of another format
     */
    public Path target(Path workbook) {
        if (output.isEmpty()) {
            return workbook;
        }
        Path copy = output.get();
        if (copy.toAbsolutePath().normalize().equals(workbook.toAbsolutePath().normalize())) {
            throw new RelanceException("the output is the workbook itself; leave --output out to"
                    + " write in place", copy, null, null, null, null);
        }
        Workbooks.requireFormat(workbook);
        // Excel refuses an .xlsx holding macros, and an .xlsm without: the extension must match.
        String extension = extensionOf(workbook);
        if (!extensionOf(copy).equals(extension)) {
            throw new RelanceException("the output must end in ." + extension + " like "
                    + workbook.getFileName(), copy, null, null, null, null);
        }
        return copy;
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
