package org.mqsec.core.plan;

import org.mqsec.core.findings.Finding;

/**
 * A finding about a plan, with the step it is about (1 for the first step; 0 for the plan as a whole).
 */
public record PlanFinding(int step, Finding finding) {

    public String code() {
        return finding.code();
    }

    @Override
    public String toString() {
        return finding.toString(); // the message names the step
    }
}
