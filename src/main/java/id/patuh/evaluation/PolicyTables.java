package id.patuh.evaluation;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import id.patuh.evaluation.fact.WindowPolicy;

/**
 * Asks the policy decision tables a question outside a case: the rules hold the policy, Java
 * only asks. Answers depend on the rule set alone, so the engine keeps them per rule set.
 */
final class PolicyTables {

    private PolicyTables() {
    }

    /** The default verification window for SOP {@code sopCode} as written in the table, or null. */
    static String window(KieBase kieBase, String sopCode) {
        WindowPolicy policy = new WindowPolicy(sopCode);
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(policy);
            session.fireAllRules(1_000);
        } finally {
            session.dispose();
        }
        return policy.getWindow();
    }
}
