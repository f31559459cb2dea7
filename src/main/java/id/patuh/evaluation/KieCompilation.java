package id.patuh.evaluation;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.Results;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import id.patuh.evaluation.RuleSources.RuleSource;

/**
 * The classic KieFileSystem + KieBuilder build of a rules folder. It reports errors with file
 * and line (the executable model would report vaguer positions) and works from a directory
 * inside the Spring Boot fat jar as well.
 */
final class KieCompilation {

    /** Files live in the folder of their DRL package, which keeps Drools from warning about it. */
    static final String RULES_PATH = "src/main/resources/id/patuh/rules/";

    private static final String NULL_PACKAGE = "Parser returned a null Package";

    /** Decision-table rules are named after table and row, e.g. {@code "Severity_12"}. */
    private static final Pattern TABLE_ROW = Pattern.compile("\"[^\"]*_(\\d+)\"");

    private KieCompilation() {
    }

    record Built(ReleaseId releaseId, KieContainer container, KieBase kieBase) {
    }

    static Built build(List<RuleSource> sources, String version) {
        KieServices ks = KieServices.get();
        checkTablesParse(sources);
        ReleaseId releaseId = ks.newReleaseId("id.patuh", "patuh-rules", "1.0.0-" + version);
        KieFileSystem files = ks.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        sources.forEach(source -> files.write(resource(ks, source)));
        // A rebuild of the same version replaces the module: drop the old one so the
        // repository never accumulates modules across reloads.
        ks.getRepository().removeKieModule(releaseId);
        List<RuleProblem> problems = errors(buildAll(ks, files), sources);
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        return new Built(releaseId, container, container.getKieBase());
    }

    static void remove(ReleaseId releaseId) {
        KieServices.get().getRepository().removeKieModule(releaseId);
    }

    /**
     * A malformed spreadsheet makes Drools throw from deep inside the build instead of
     * reporting a message; parsing each table alone first names the file that is at fault.
     */
    private static void checkTablesParse(List<RuleSource> sources) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources.stream().filter(RuleSource::isTable).toList()) {
            try {
                new SpreadsheetCompiler().compile(new ByteArrayInputStream(source.content()),
                        source.isCsv() ? InputType.CSV : InputType.XLS);
            } catch (RuntimeException e) {
                problems.add(new RuleProblem(source.name(), 0, rootMessage(e)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
    }

    private static Results buildAll(KieServices ks, KieFileSystem files) {
        try {
            return ks.newKieBuilder(files).buildAll().getResults();
        } catch (RuntimeException e) {
            throw new RuleCompilationException(List.of(new RuleProblem("(build)", 0, rootMessage(e))));
        }
    }

    private static Resource resource(KieServices ks, RuleSource source) {
        Resource resource = ks.getResources().newByteArrayResource(source.content());
        resource.setSourcePath(RULES_PATH + source.name());
        if (!source.isTable()) {
            resource.setResourceType(ResourceType.DRL);
            return resource;
        }
        resource.setResourceType(ResourceType.DTABLE);
        DecisionTableConfiguration configuration = KnowledgeBuilderFactory.newDecisionTableConfiguration();
        String name = source.name().toLowerCase(Locale.ROOT);
        configuration.setInputType(source.isCsv() ? DecisionTableInputType.CSV
                : name.endsWith(".xlsx") ? DecisionTableInputType.XLSX : DecisionTableInputType.XLS);
        resource.setConfiguration(configuration);
        return resource;
    }

    /** Drools follows every syntax error with "Parser returned a null Package"; that adds nothing. */
    private static List<RuleProblem> errors(Results results, List<RuleSource> sources) {
        List<RuleProblem> problems = results.getMessages(Message.Level.ERROR).stream()
                .map(message -> problem(message, sources))
                .distinct()
                .toList();
        return problems.stream()
                .filter(p -> !p.message().startsWith(NULL_PACKAGE) || problems.stream()
                        .noneMatch(other -> other.file().equals(p.file()) && !other.message().startsWith(NULL_PACKAGE)))
                .toList();
    }

    /** For a table, Drools' line is one of the DRL it generated; the row in the rule name is more useful. */
    private static RuleProblem problem(Message message, List<RuleSource> sources) {
        String path = message.getPath() == null ? "" : message.getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        boolean table = sources.stream().anyMatch(s -> s.name().equals(file) && s.isTable());
        int line = Math.max(0, message.getLine());
        if (table) {
            Matcher row = TABLE_ROW.matcher(message.getText());
            line = row.find() ? Integer.parseInt(row.group(1)) : 0;
        }
        return new RuleProblem(file.isEmpty() ? "(build)" : file, line, oneLine(message.getText()));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String rootMessage(Throwable e) {
        String text = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && (text == null || !text.contains(cause.getMessage()))) {
                text = (text == null ? "" : text + ": ") + cause.getMessage();
            }
        }
        return text == null ? e.getClass().getSimpleName() : oneLine(text);
    }
}
