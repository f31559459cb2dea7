package id.patuh.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Dispatches {@code java -jar patuh.jar <command> …}; without a command the service starts. */
@Command(name = "patuh", mixinStandardHelpOptions = true, version = "patuh 0.1.0",
        description = "${bundle:cli.help.patuh}",
        subcommands = {CatalogCommand.class, ImportCommand.class, AuditCommand.class, PasswordHashCommand.class,
        DemoCommand.class, ReportCommand.class, BenchCommand.class})
public final class PatuhCli {

    private static final Set<String> COMMANDS = Set.of("catalog", "import", "audit", "report", "password-hash",
            "bench", "demo", "--help", "-h", "--version", "-V");

    private PatuhCli() {
    }

    /** Whether {@code args} ask for a command rather than the service. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command and returns its exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CliLogging.toStandardError();
        CommandLine commandLine = new CommandLine(new PatuhCli()).setCaseInsensitiveEnumValuesAllowed(true);
        // after the subcommands are added: the bundle reaches the whole tree
        commandLine.setResourceBundle(new HelpTexts());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
