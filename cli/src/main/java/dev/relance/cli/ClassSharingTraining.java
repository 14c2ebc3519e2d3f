package dev.relance.cli;

/**
 * The run whose loaded classes the launcher puts in its class-data sharing archive: a plan of
 * each workbook given, an empty XLSX and an empty ODS one, in one JVM, so that the archive contains
 * the classes both readers load. It is not a command for users, and its output is discarded.
 *
 * <p>{@code java -XX:DumpLoadedClassList=classes.txt -cp relance-cli.jar
 * dev.relance.cli.ClassSharingTraining empty.xlsx empty.ods}, then {@code java -Xshare:dump
 * -XX:SharedClassListFile=classes.txt -XX:SharedArchiveFile=relance.jsa -cp relance-cli.jar}.
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
