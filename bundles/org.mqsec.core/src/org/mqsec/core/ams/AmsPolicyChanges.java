package org.mqsec.core.ams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mqsec.core.plan.PolicyStep;

/**
 * AMS policies as changes: the plan steps that turn the policies a queue manager has into an edited
 * set. A policy gone is deleted (DELETE POLICY), a new or changed one set whole (SET POLICY ...
 * ACTION(REPLACE), as setmqspl replaces it too); one the same in both is left alone. Policy names
 * are queue names, compared as MQ compares them (case matters).
 */
public final class AmsPolicyChanges {

    private AmsPolicyChanges() {
    }

    /** The steps from {@code read} to {@code edited}: deletions first, then new and changed policies in the edited order. */
    public static List<PolicyStep> between(List<AmsPolicy> read, List<AmsPolicy> edited) {
        Map<String, AmsPolicy> before = read.stream().collect(Collectors.toMap(AmsPolicy::name, Function.identity(), (a, b) -> b));
        Map<String, AmsPolicy> after = edited.stream().collect(Collectors.toMap(AmsPolicy::name, Function.identity(), (a, b) -> b));
        List<PolicyStep> steps = new ArrayList<>();
        for (AmsPolicy old : read) {
            if (!after.containsKey(old.name())) {
                steps.add(new PolicyStep(PolicyStep.Mode.DELETE, old.name(), Map.of()));
            }
        }
        for (AmsPolicy policy : edited) {
            if (!sameEffect(before.get(policy.name()), policy)) {
                steps.add(policy.step());
            }
        }
        return steps;
    }

    /**
     * Whether two policies protect alike: DNs compared as AMS compares them (spaces after separators
     * and the case of the text do not matter), their order and repetition neither.
     */
    static boolean sameEffect(AmsPolicy a, AmsPolicy b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.signature() == b.signature() && a.encryption() == b.encryption() && a.tolerate() == b.tolerate()
                && a.keyReuse() == b.keyReuse() && dns(a.signers()).equals(dns(b.signers())) && dns(a.recipients()).equals(dns(b.recipients()));
    }

    private static java.util.Set<String> dns(List<String> dns) {
        return dns.stream().map(dn -> dn.replaceAll("(?<!\\\\)([,+])\\s+", "$1").strip().toUpperCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
                .collect(Collectors.toSet());
    }
}
