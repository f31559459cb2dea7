package id.patuh.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import id.patuh.PatuhApplication;
import id.patuh.bench.BenchResult;
import id.patuh.bench.BenchRun;
import id.patuh.messages.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench --events 10000,100000,1000000 --json FILE}: one run per size, each on a fresh
 * embedded store (or the configured MongoDB), figures as JSON and as a table.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "${bundle:cli.help.bench}")
class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", split = ",", defaultValue = "10000", paramLabel = "N[,N…]")
    List<Long> sizes;

    @Option(names = "--json", paramLabel = "FILE", description = "${bundle:cli.help.bench.json}")
    Path json;

    @Option(names = "--warm-up", defaultValue = "5000", paramLabel = "N",
            description = "${bundle:cli.help.bench.warm-up}")
    long warmUp;

    @Option(names = "--at", defaultValue = "2024-12-31T12:00:00+07:00", description = "${bundle:cli.help.bench.at}")
    String at;

    @Override
    public Integer call() throws Exception {
        Instant now = OffsetDateTime.parse(at).toInstant();
        PrintWriter err = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("patuh-bench-");
        List<BenchResult> results = new ArrayList<>();
        if (warmUp > 0) {
            // class loading and JIT compilation happen once per JVM, as in a service that runs for
            // days; without this round they would all be charged to the first size
            err.println("== " + Texts.both("cli.bench.warm-up") + ": " + Texts.en("cli.bench.events", warmUp) + " ("
                    + Texts.both("cli.bench.not-reported") + ") ==");
            run(work, "warm-up", warmUp, now, line -> { });
        }
        for (long events : sizes) {
            err.println("== " + Texts.en("cli.bench.events", events) + " ==");
            results.add(run(work, String.valueOf(events), events, now, line -> err.println("  " + line)));
        }
        BenchTable.print(results, spec.commandLine().getOut());
        if (json != null) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Map<String, Object> document = new LinkedHashMap<>(mapper.convertValue(results.get(results.size() - 1),
                    Map.class));
            document.put("runs", results);
            mapper.writeValue(json.toFile(), document);
        }
        return 0;
    }

    /** One size on a fresh store of its own. */
    private static BenchResult run(Path work, String name, long events, Instant now,
            java.util.function.Consumer<String> progress) throws Exception {
        try (ConfigurableApplicationContext context = start(work.resolve("store-" + name + ".mv.db"))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            return new BenchRun(context, port, work, progress).run(events, now);
        }
    }

    /** Arguments, not default properties: these must win over application.yml (port, store file). */
    private static ConfigurableApplicationContext start(Path storeFile) {
        return new SpringApplicationBuilder(PatuhApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run("--logging.config=classpath:logback-cli.xml", "--spring.main.banner-mode=off",
                        "--patuh.cli=true", "--server.port=0", "--server.address=127.0.0.1",
                        "--patuh.security.enabled=false", "--patuh.evaluation.on-ingest=false",
                        "--patuh.evaluation.sweep-on-start=false", "--patuh.store.file=" + storeFile);
    }
}
