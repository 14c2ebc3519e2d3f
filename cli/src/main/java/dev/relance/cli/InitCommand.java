package dev.relance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.relance.RelanceException;
import dev.relance.workbook.WorkbookFormat;
import dev.relance.workbook.Workbooks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code relance init}: writes an empty workbook with the sheets and headers Relance reads. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Creates an empty workbook with the Clients, Invoices and Settings sheets and their headers, "
                + "ready to fill in.")
final class InitCommand implements Callable<Integer> {

    /** The languages an empty workbook can be made in. */
    enum Lang { fr, en }

    @Parameters(index = "0", paramLabel = "FILE", description = "The workbook to create (.xlsx or .ods).")
    Path file;

    @Option(names = "--lang", paramLabel = "LANG", description = "Sheet and header language: fr or en (default: fr).")
    Lang lang = Lang.fr;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        WorkbookFormat format = Workbooks.requireFormat(file);
        if (Files.exists(file) && !force) {
            throw new RelanceException("the file already exists; choose another name or pass --force to replace it",
                    file, null, null, null, null);
        }

        String extension = format == WorkbookFormat.ODS ? "ods" : "xlsx";
        String resource = "init/empty-" + lang + "." + extension;
        try (InputStream empty = InitCommand.class.getResourceAsStream(resource)) {
            if (empty == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.copy(empty, file, StandardCopyOption.REPLACE_EXISTING);
        }

        String sheets = lang == Lang.fr ? "Clients, Factures and Paramètres" : "Customers, Invoices and Settings";
        spec.commandLine().getOut().printf("Created %s (%s). Fill in the %s sheets, then run: relance plan %s%n",
                file, lang.name().toUpperCase(Locale.ROOT), sheets, file);
        return 0;
    }
}
