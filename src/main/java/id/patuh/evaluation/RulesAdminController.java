package id.patuh.evaluation;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @PostMapping("/reload")
    ReloadResult reload() {
        return rules.reload();
    }

    /** 422: the request was understood, the rules folder is what cannot be processed. */
    @ExceptionHandler(RuleCompilationException.class)
    ProblemDetail compileFailed(RuleCompilationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "Aturan baru tidak dapat dikompilasi; aturan " + rules.engine().version() + " tetap berlaku / "
                        + "the new rules do not compile; rules " + rules.engine().version() + " keep serving");
        problem.setTitle("Aturan tidak valid / invalid rules");
        problem.setProperty("errors", e.problems());
        problem.setProperty("version", rules.engine().version());
        return problem;
    }
}
