package id.patuh.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;

import id.patuh.messages.Texts;
import id.patuh.report.ReportDocument;
import id.patuh.report.ReportFormat;
import id.patuh.report.ReportParameterException;
import id.patuh.report.ReportPeriod;
import id.patuh.report.ReportService;
import id.patuh.report.ReportUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report readiness|monitoring}: the reports of the configured store, written to a file
 * ({@code --out}) or, for text formats, to stdout. Parameters are checked before the store opens.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.report}",
        subcommands = {ReportCommand.Readiness.class, ReportCommand.Monitoring.class})
class ReportCommand implements Callable<Integer> {

    static final int BAD_PARAMETER = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_PARAMETER;
    }

    /** What both reports take. */
    static class Output {
        @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "${bundle:cli.hint.report.unit}")
        String unit;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "${bundle:cli.hint.report.format}")
        String format;

        @Option(names = "--out", paramLabel = "BERKAS", description = "${bundle:cli.hint.report.out}")
        Path out;
    }

    @Command(name = "readiness", mixinStandardHelpOptions = true,
            description = "${bundle:cli.help.report.readiness}")
    static class Readiness implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Output output;

        @Option(names = "--period", required = true, paramLabel = "PERIODE", description = "${bundle:cli.hint.report.period}")
        String period;

        @Override
        public Integer call() throws IOException {
            return produce(spec, output, () -> {
                ReportUnit unit = ReportUnit.parse(output.unit);
                ReportPeriod p = ReportPeriod.parse(period);
                return (service, format) -> service.render(service.readiness(unit, p), format);
            });
        }
    }

    @Command(name = "monitoring", mixinStandardHelpOptions = true,
            description = "${bundle:cli.help.report.monitoring}")
    static class Monitoring implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Output output;

        @Option(names = "--half", required = true, paramLabel = "SEMESTER", description = "${bundle:cli.hint.report.half}")
        String half;

        @Override
        public Integer call() throws IOException {
            return produce(spec, output, () -> {
                ReportUnit unit = ReportUnit.parse(output.unit);
                ReportPeriod h = ReportPeriod.parseHalf(half);
                return (service, format) -> service.render(service.monitoring(unit, h), format);
            });
        }
    }

    /** Renders a report of the service in a format; made after the parameters have been parsed. */
    interface Production {
        ReportDocument run(ReportService service, ReportFormat format);
    }

    /** Checks the parameters, then opens the store, renders and writes. */
    static int produce(CommandSpec spec, Output output, Supplier<Production> parse) throws IOException {
        Production production;
        ReportFormat format;
        try {
            production = parse.get();
            format = output.format != null ? ReportFormat.parse(output.format)
                    : output.out == null ? ReportFormat.JSON
                    : ReportFormat.ofFileName(output.out.toString()).orElse(ReportFormat.JSON);
        } catch (ReportParameterException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return BAD_PARAMETER;
        }
        if (output.out == null && (format == ReportFormat.PDF || format == ReportFormat.XLSX)) {
            spec.commandLine().getErr().println(Texts.both("cli.report.out-required", format.extension()));
            return BAD_PARAMETER;
        }
        try (ConfigurableApplicationContext context = ServiceContext.start()) {
            ReportDocument document = production.run(context.getBean(ReportService.class), format);
            write(spec, output.out, document);
        }
        return 0;
    }

    private static void write(CommandSpec spec, Path out, ReportDocument document) throws IOException {
        if (out == null) {
            // the CSV's byte-order mark helps Excel open a file, not a pipe
            String text = new String(document.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Files.write(out, document.body());
        spec.commandLine().getErr().println(Texts.id("cli.report.written", out, document.body().length) + " / "
                + Texts.en("cli.report.written.short", out));
    }
}
