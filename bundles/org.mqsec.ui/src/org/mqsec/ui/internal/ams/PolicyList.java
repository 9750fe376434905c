package org.mqsec.ui.internal.ams;

import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.ams.AmsPolicyChanges;
import org.mqsec.core.ams.AmsPolicyText;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.PolicyStep;

/**
 * The policies the AMS view edits, where they came from, and the policies as last read from the
 * queue manager (or its dump), which exports and Apply compare the edited ones with.
 */
final class PolicyList {

    private final List<AmsPolicy> policies = new ArrayList<>();
    private List<AmsPolicy> baseline = List.of();
    private String source = ""; //$NON-NLS-1$
    private boolean edited;

    /** Replaces the list with policies read from {@code source}; they become the baseline too. */
    void load(List<AmsPolicy> read, String from) {
        policies.clear();
        policies.addAll(read);
        baseline = List.copyOf(read);
        source = from;
        edited = false;
    }

    List<AmsPolicy> policies() {
        return List.copyOf(policies);
    }

    List<AmsPolicy> baseline() {
        return baseline;
    }

    /** Now that the edits are on the queue manager, they are what it has. */
    void applied(List<AmsPolicy> sent) {
        baseline = List.copyOf(sent);
    }

    boolean isEmpty() {
        return policies.isEmpty();
    }

    int size() {
        return policies.size();
    }

    AmsPolicy get(int index) {
        return policies.get(index);
    }

    String source() {
        return edited ? Messages.bind(Messages.View_sourceEdited, source) : source;
    }

    /** Adds a policy and returns its index. */
    int add(AmsPolicy policy) {
        policies.add(policy);
        edited = true;
        return policies.size() - 1;
    }

    void replace(int index, AmsPolicy policy) {
        if (!policies.get(index).equals(policy)) {
            policies.set(index, policy);
            edited = true;
        }
    }

    void remove(int index) {
        policies.remove(index);
        edited = true;
    }

    /** A name no policy in the list has yet, for a new one. */
    String freeName(String stem) {
        String name = stem;
        for (int n = 2; contains(name); n++) {
            name = stem + '.' + n;
        }
        return name;
    }

    private boolean contains(String name) {
        return policies.stream().anyMatch(p -> p.name().equals(name));
    }

    /** Each policy's findings, and two policies with one name (the second would replace the first). */
    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (AmsPolicy policy : policies) {
            findings.addAll(policy.check());
            if (seen.contains(policy.name())) {
                findings.add(Finding.error(DUPLICATE_NAME, "POLICY", Messages.bind(Messages.View_duplicateName, policy.name()), //$NON-NLS-1$
                        Messages.View_duplicateNameFix));
            }
            seen.add(policy.name());
        }
        return findings;
    }

    static final String DUPLICATE_NAME = "AMS_DUPLICATE_POLICY"; //$NON-NLS-1$

    /** The steps that turn the baseline into the list as shown. */
    List<PolicyStep> changes() {
        return AmsPolicyChanges.between(baseline, policies);
    }

    /** The names of the baseline's policies no longer in the list. */
    private List<String> removed() {
        return baseline.stream().map(AmsPolicy::name).filter(name -> policies.stream().noneMatch(p -> p.name().equals(name))).toList();
    }

    /** The policies as MQSC: policies removed since the baseline deleted first, then every policy set whole. */
    String toMqsc() {
        StringBuilder script = new StringBuilder();
        removed().forEach(name -> script.append(new PolicyStep(PolicyStep.Mode.DELETE, name, java.util.Map.of()).toMqsc()).append('\n'));
        policies.forEach(policy -> script.append(policy.step().toMqsc()).append('\n'));
        return script.toString();
    }

    /** The policies as a shell script of setmqspl commands for {@code queueManager}, removals first. */
    String toSetmqspl(String queueManager) {
        StringBuilder script = new StringBuilder("#!/bin/sh\n# AMS policies for ").append(queueManager).append('\n') //$NON-NLS-1$
                .append("set -e\n"); //$NON-NLS-1$
        removed().forEach(name -> script.append(AmsPolicyText.setmqsplRemove(queueManager, name)).append('\n'));
        policies.forEach(policy -> script.append(AmsPolicyText.setmqspl(queueManager, policy)).append('\n'));
        return script.toString();
    }
}
