package id.patuh.evaluation;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import id.patuh.calendar.MutuBakuWaktu;
import id.patuh.catalog.RoleAbbreviations;
import id.patuh.catalog.Sop;
import id.patuh.evaluation.RuleSources.RuleSource;
import id.patuh.evaluation.fact.EvaluationTime;
import id.patuh.evaluation.fact.SopFact;
import id.patuh.evaluation.fact.Violation;

/**
 * The compiled rules of one rules folder, immutable. Every evaluation gets a fresh session with
 * only the facts of one case, one subject or one SOP, disposed afterwards: memory stays bounded
 * by the largest case, never by a whole deployment's data.
 */
final class RuleEngine {

    /** A rule set that keeps modifying facts would otherwise never return. */
    static final int MAX_FIRINGS = 100_000;

    /**
     * Sessions kept for reuse: a session disposed into the pool is reset, not rebuilt, which saves
     * building the node memories of every rule per case. More evaluating threads than this
     * still get sessions (the pool grows); the sweep evaluates on one.
     */
    static final int SESSIONS_KEPT = 2;

    private static final ZoneId CATALOG_ZONE = ZoneId.of("Asia/Jakarta");
    private static final java.util.regex.Pattern RULE_NAME =
            java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final String version;
    private final String origin;
    private final KieCompilation.Built built;
    private final List<String> ruleNames;
    private final SopShape.Cache shapes;
    private final RoleAbbreviations abbreviations;
    private final java.util.Map<String, String> fileOfRule = new java.util.HashMap<>();
    private final Map<String, VerificationWindow> defaultWindows = new ConcurrentHashMap<>();
    private final KieSessionsPool sessions;

    private RuleEngine(String version, String origin, KieCompilation.Built built, RoleAbbreviations abbreviations) {
        this.version = version;
        this.origin = origin;
        this.built = built;
        this.abbreviations = abbreviations;
        this.shapes = new SopShape.Cache(abbreviations);
        this.sessions = built.kieBase().newKieSessionsPool(SESSIONS_KEPT);
        this.ruleNames = built.kieBase().getKiePackages().stream()
                .map(KiePackage::getRules).flatMap(Collection::stream)
                .map(Rule::getName).sorted().toList();
    }

    /**
     * Compiles the {@code *.drl} files and {@code *.drl.csv|xls|xlsx} decision tables of {@code rulesDir},
     * with the title abbreviations of {@link RoleAbbreviations#DEFAULT_FILE} (or their packaged copy).
     */
    public static RuleEngine compile(Path rulesDir) {
        return compile(rulesDir, RoleAbbreviations.load(RoleAbbreviations.DEFAULT_FILE));
    }

    /** Compiles {@code rulesDir}; recorded job titles are read with {@code abbreviations}. */
    public static RuleEngine compile(Path rulesDir, RoleAbbreviations abbreviations) {
        return compile(RuleSources.fromDirectory(rulesDir), rulesDir.toAbsolutePath().normalize().toString(),
                abbreviations);
    }

    /** Compiles the copy of {@code rules/} the build packs into the jar under {@code patuh/rules/}. */
    public static RuleEngine compilePackaged() {
        return compilePackaged(RoleAbbreviations.load(RoleAbbreviations.DEFAULT_FILE));
    }

    public static RuleEngine compilePackaged(RoleAbbreviations abbreviations) {
        return compile(RuleSources.packaged(), "(bawaan aplikasi / packaged) patuh/rules", abbreviations);
    }

    static RuleEngine compile(List<RuleSource> sources, String origin) {
        return compile(sources, origin, RoleAbbreviations.load(RoleAbbreviations.DEFAULT_FILE));
    }

    static RuleEngine compile(List<RuleSource> sources, String origin, RoleAbbreviations abbreviations) {
        String version = RuleSources.version(sources);
        KieCompilation.Built built = KieCompilation.build(sources, version);
        List<RuleProblem> tableProblems = TableCheck.problems(built.kieBase(), sources);
        if (!tableProblems.isEmpty()) {
            KieCompilation.remove(built.releaseId());
            throw new RuleCompilationException(tableProblems);
        }
        RuleEngine engine = new RuleEngine(version, origin, built, abbreviations);
        for (RuleSource source : sources) {
            java.util.regex.Matcher rule = RULE_NAME.matcher(new String(source.content(),
                    java.nio.charset.StandardCharsets.UTF_8));
            while (!source.isTable() && rule.find()) {
                engine.fileOfRule.put(rule.group(1), source.name());
            }
        }
        return engine;
    }

    /** SHA-256 (12 hex) of the rule files' sorted names and contents. */
    public String version() {
        return version;
    }

    /** Where the rules were read from. */
    public String origin() {
        return origin;
    }

    /** The DRL file that holds the rule, e.g. {@code sequence.drl}; empty for decision-table rows. */
    java.util.Optional<String> fileOf(String ruleName) {
        return java.util.Optional.ofNullable(fileOfRule.get(ruleName));
    }

    /** The title abbreviations recorded job titles are read with. */
    public RoleAbbreviations abbreviations() {
        return abbreviations;
    }

    /** Names of every rule, DRL and decision-table rows alike, sorted. */
    public List<String> ruleNames() {
        return ruleNames;
    }

    public List<Finding> evaluateCase(CaseInput input) {
        return VersionNote.stamp(run(CaseFactBuilder.build(input, shapes), input.now()), input.version());
    }

    public List<Finding> evaluateSubject(SubjectInput input) {
        VerificationWindow window = input.verificationWindow() != null ? input.verificationWindow()
                : verificationWindow(input.version() == null ? null : input.version().sop());
        List<Finding> findings = run(SubjectFactBuilder.build(input, window), input.now());
        return input.version() == null ? findings : VersionNote.stamp(findings, input.version());
    }

    /**
     * The verification window of records collected under {@code sop} (null: no SOP known): what its
     * steps give, else the default that {@code verification-window.drl.csv} gives for its code.
     */
    public VerificationWindow verificationWindow(Sop sop) {
        Optional<VerificationWindow> own = sop == null ? Optional.empty() : VerificationWindow.fromSteps(sop);
        String code = sop == null ? "" : sop.code();
        return own.orElseGet(() -> defaultWindows.computeIfAbsent(code,
                c -> VerificationWindow.ofDefault(MutuBakuWaktu.parseText(PolicyTables.window(built.kieBase(), c), null))));
    }

    /** Findings about the SOP document itself, such as a missing ratification. */
    public List<Finding> evaluateCatalog(Sop sop, Instant now) {
        SopFact fact = new SopFact(sop.code(), sop.name(), Names.blankToNull(sop.tanggalEfektif()),
                Names.blankToNull(sop.disahkanOleh()));
        return run(List.of(fact, new EvaluationTime(now, TimeText.instant(now, CATALOG_ZONE))), now).stream()
                .map(f -> f.judgedBy(sop.tanggalEfektif(), "", "")).toList();
    }

    /** The Maven coordinates this rule set's module has in the KieRepository (one per version). */
    ReleaseId releaseId() {
        return built.releaseId();
    }

    /**
     * Removes this rule set's module from the KieRepository, where it would otherwise stay for the
     * life of the JVM. The compiled rules stay usable until the engine is unreferenced, so a caller
     * still holding it during a reload finishes its evaluation undisturbed.
     */
    public void dispose() {
        // The session pool is not shut down: it goes with the engine, so an evaluation still running
        // on this engine during a reload can take a session.
        KieCompilation.remove(built.releaseId());
        built.container().dispose();
    }

    private List<Finding> run(List<Object> facts, Instant now) {
        KieSession session = sessions.newKieSession();
        try {
            facts.forEach(session::insert);
            if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
                throw new IllegalStateException("Rules " + version + " fired " + MAX_FIRINGS
                        + " times for one evaluation; a rule probably keeps modifying its own facts");
            }
            List<Violation> violations = session.getObjects(o -> o instanceof Violation).stream()
                    .map(Violation.class::cast).toList();
            return FindingFactory.findings(violations, now, version);
        } finally {
            session.dispose();
        }
    }

    @Override
    public String toString() {
        return "RuleEngine[" + version + ", " + ruleNames.size() + " rules, " + origin + "]";
    }
}
