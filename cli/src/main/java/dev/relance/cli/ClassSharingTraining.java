package dev.relance.cli;

/**
 * The run the launcher records its class-data sharing archive from: a plan of each workbook
 * given, an empty XLSX and an empty ODS one, in one JVM, so that the archive contains the classes
 * both readers load. It is not a command for users, and its output is discarded.
 *
 * <p>{@code java -XX:ArchiveClassesAtExit=relance.jsa -cp relance-cli.jar
 * dev.relance.cli.ClassSharingTraining empty.xlsx empty.ods}
 */
public final class ClassSharingTraining {

    private ClassSharingTraining() {
    }

    public static void main(String[] workbooks) {
        for (String workbook : workbooks) {
            String[] args = {"plan", "--json", "--as-of", "2026-01-01", workbook};
            RelanceCommand.newCommandLine(args).execute(args);
        }
    }
}
