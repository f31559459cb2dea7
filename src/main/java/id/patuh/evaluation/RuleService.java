package id.patuh.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import id.patuh.calendar.CalendarService;
import id.patuh.cases.CaseData;
import id.patuh.catalog.CatalogValidationException;
import id.patuh.catalog.RoleAbbreviations;
import id.patuh.catalog.Sop;
import id.patuh.catalog.SopCatalog;

/**
 * The evaluation façade: holds the rules currently serving and swaps them on reload.
 *
 * <p>Start-up compiles the rules and a compile error stops it: a service that runs without its
 * rules would report "no findings", which reads as "compliant". A reload compiles first and swaps
 * only on success, so a broken edit never replaces working rules.
 */
@Service
@NamedInterface("api")
public class RuleService {

    private static final Logger log = LoggerFactory.getLogger(RuleService.class);

    private final RulesProperties properties;
    private final AtomicReference<RuleEngine> current;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<RuleTrialData> trialData;

    @Autowired
    public RuleService(RulesProperties properties, ApplicationEventPublisher events,
            ObjectProvider<RuleTrialData> trialData) {
        this.properties = properties;
        this.events = events;
        this.trialData = trialData;
        this.current = new AtomicReference<>(compile());
        log.info("Aturan dimuat / rules loaded: {}, singkatan jabatan / title abbreviations: {}", current.get(),
                current.get().abbreviations());
    }

    /** Without stored data: a reload tries new rules on the built-in sample only. */
    public RuleService(RulesProperties properties, ApplicationEventPublisher events) {
        this(properties, events, new StaticListableBeanFactory().getBeanProvider(RuleTrialData.class));
    }

    /** The rules serving now; keep the reference for one evaluation, ask again for the next. */
    RuleEngine engine() {
        return current.get();
    }

    /** The version of the rules serving now (metrics, the rules API). */
    public String version() {
        return engine().version();
    }

    /** The verification window of {@code sop} under the rules serving now; {@code sop} may be null. */
    public VerificationWindow verificationWindow(Sop sop) {
        return engine().verificationWindow(sop);
    }

    /** One case through the rules serving now, without the store (the bench times Drools on its own). */
    public List<Finding> evaluateCase(CaseInput input) {
        return engine().evaluateCase(input);
    }

    /**
     * Evaluates cases, subjects and SOPs on the rules serving at each call: a reload applies to
     * the next evaluation.
     *
     * @param cases case by key, to find the SOP behind a data request
     */
    public ScopeEvaluator evaluator(SopCatalog catalog, CalendarService calendars,
            Function<String, Optional<CaseData>> cases) {
        return new ScopeEvaluator(this::engine, catalog, calendars, cases);
    }

    /**
     * The offline audit's evaluator: the rules of {@code rulesDir} compiled once, or the rules
     * packaged in the jar when there is no such folder.
     *
     * @throws RuleCompilationException naming file and line of every error
     */
    public static ScopeEvaluator offlineEvaluator(Path rulesDir, SopCatalog catalog, CalendarService calendars,
            Function<String, Optional<CaseData>> cases) {
        RuleEngine engine = Files.isDirectory(rulesDir) ? RuleEngine.compile(rulesDir) : RuleEngine.compilePackaged();
        return new ScopeEvaluator(() -> engine, catalog, calendars, cases);
    }

    /**
     * Recompiles the rules folder, re-reads the title abbreviations, tries the new rules on a sample
     * of stored cases and subjects (or the built-in sample) and swaps them in.
     *
     * @throws RuleCompilationException with every error, or the rule that threw on the sample; the
     *                                  previous rules keep serving
     */
    public synchronized ReloadResult reload() {
        RuleEngine fresh;
        try {
            fresh = compile();
            tryOut(fresh);
        } catch (RuleCompilationException e) {
            log.warn("Muat ulang aturan gagal, aturan {} tetap berlaku / reload failed, rules {} keep serving: {}",
                    current.get().version(), current.get().version(), e.getMessage());
            events.publishEvent(new RulesReloaded(false, current.get().version(), e.getMessage()));
            throw e;
        }
        RuleEngine previous = current.getAndSet(fresh);
        // Evaluations that already hold the previous engine finish on it; dispose only frees its module.
        previous.dispose();
        log.info("Aturan dimuat ulang / rules reloaded: {} (sebelumnya / was {})", fresh, previous.version());
        events.publishEvent(new RulesReloaded(true, fresh.version(), null));
        return new ReloadResult(fresh.version(), fresh.ruleNames().size());
    }

    private RuleEngine compile() {
        RoleAbbreviations abbreviations;
        try {
            abbreviations = RoleAbbreviations.load(properties.abbreviations());
        } catch (CatalogValidationException e) {
            // the list lives in the catalog now; a broken one still refuses the rules, file and line kept
            throw new RuleCompilationException(e.problems().stream()
                    .map(p -> new RuleProblem(p.file(), p.line(), p.message())).toList());
        }
        return Files.isDirectory(properties.dir()) ? RuleEngine.compile(properties.dir(), abbreviations)
                : RuleEngine.compilePackaged(abbreviations);
    }

    /** A candidate that throws on the sample is disposed and refused. */
    private void tryOut(RuleEngine fresh) {
        try {
            RuleTrial.run(fresh, trialData.getIfAvailable(), properties.trialSample());
        } catch (RuleCompilationException e) {
            fresh.dispose();
            throw e;
        }
    }
}
