package dev.relance.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.relance.job.PlannedRun;
import dev.relance.job.ReminderJob;
import dev.relance.plan.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code relance plan}: reads the workbook and prints the plan, writing nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Prints the letters a run would write, the clients skipped and the problems found. "
                + "Reads only.")
final class PlanCommand implements Callable<Integer> {

    @Mixin
    PlanOptions options;

    @Mixin
    ProgressOptions progress;

    @Option(names = "--json", description = "Print the plan as one JSON document.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PlannedRun planned = new ReminderJob().reportingTo(progress.progress())
                .plan(options.toRunOptions(Clock.systemDefaultZone(), Optional.empty()));

        if (json) {
            PlanJson.write(planned.plan(), spec.commandLine().getOut());
            spec.commandLine().getOut().println();
        } else {
            new PlanPrinter(spec.commandLine().getOut()).print(planned.plan());
            PlanPrinter.printProblems(spec.commandLine().getErr(), planned.plan());
        }
        spec.commandLine().getOut().flush();
        progress.printTimings(spec.commandLine().getErr());
        return 0;
    }
}
