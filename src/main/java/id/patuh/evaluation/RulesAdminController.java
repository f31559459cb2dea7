package id.patuh.evaluation;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows and reloads the rules serving now. */
@RestController
@RequestMapping("/api/admin/rules")
class RulesAdminController {

    private final RuleService rules;

    RulesAdminController(RuleService rules) {
        this.rules = rules;
    }

    /** The rules serving now. */
    record RulesView(String version, String origin, List<String> rules) {
    }

    @GetMapping
    RulesView current() {
        RuleEngine engine = rules.engine();
        return new RulesView(engine.version(), engine.origin(), engine.ruleNames());
    }

    /** 422 when the new rules do not compile or throw on the trial sample: the serving rules stay. */
    @PostMapping("/reload")
    ReloadResult reload() {
        try {
            return rules.reload();
        } catch (RuleCompilationException e) {
            throw new RulesReloadRefused(e, rules.engine().version());
        }
    }
}
