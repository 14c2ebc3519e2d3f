package dev.relance.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs LibreOffice without a window to convert files, with a profile of its own in a temporary
 * folder and a time limit, so that a hung conversion cannot hold the build.
 */
final class Soffice {

    private static final long TIMEOUT_SECONDS = 240;

    /** Writes each sheet to {@code NAME-SHEET.csv} in UTF-8, as formatted, formulas as results. */
    static final String CSV_EVERY_SHEET =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    private final Path executable;
    private final Path profile;

    private Soffice(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** Finds LibreOffice; empty when it is not installed. */
    static Optional<Soffice> find(Path profile) {
        return List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")
                .stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .map(path -> new Soffice(path, profile));
    }

    /** Converts the files into {@code outDir} with the given filter, failing on a timeout or error. */
    void convert(String filter, Path outDir, List<Path> files) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", filter,
                "--outdir", outDir.toString()));
        files.forEach(file -> command.add(file.toString()));
        Path log = outDir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("LibreOffice did not finish within " + TIMEOUT_SECONDS
                        + " s: " + Files.readString(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("LibreOffice failed: " + Files.readString(log));
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
