package id.patuh.evaluation;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The evaluation façade: holds the rules currently serving and swaps them on reload.
 *
 * <p>Start-up compiles the rules and a compile error stops it: a service that runs without its
 * rules would report "no findings", which reads as "compliant". A reload compiles first and swaps
 * only on success, so a broken edit never replaces working rules.
 */
@Service
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
    public RuleEngine engine() {
        return current.get();
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
        RoleAbbreviations abbreviations = RoleAbbreviations.load(properties.abbreviations());
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
