package id.patuh.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.patuh.messages.Texts;
import id.patuh.workload.DemoData;
import id.patuh.workload.DemoSummary;
import id.patuh.workload.Quarter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demo [--quarter 2024-Q1]}: fills the configured store with a realistic quarter for the
 * seed SOP owners, evaluated; a JSON summary on stdout, progress on stderr.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.demo}")
class DemoCommand implements Callable<Integer> {

    static final int UNUSABLE_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--quarter", paramLabel = "YYYY-Qn",
            description = "${bundle:cli.help.demo.quarter}")
    String quarter;

    @Override
    public Integer call() throws Exception {
        Quarter chosen = null;
        if (quarter != null) {
            try {
                chosen = Quarter.parse(quarter);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return UNUSABLE_INPUT;
            }
        }
        try (ConfigurableApplicationContext context = ServiceContext.start()) {
            DemoData demo = context.getBean(DemoData.class);
            Quarter loading = chosen != null ? chosen : demo.defaultQuarter();
            spec.commandLine().getErr().println(Texts.both("cli.demo.loading", loading));
            DemoSummary summary = demo.load(loading);
            spec.commandLine().getErr().println(Texts.id("cli.demo.done", summary.millis()) + " / "
                    + Texts.en("cli.demo.done.short"));
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(summary));
        }
        return 0;
    }
}
