package org.mqsec.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthLint;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.Attributes;
import org.mqsec.core.plan.ChannelStep;
import org.mqsec.core.plan.ChlauthStep;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.QueueManagerState;

/**
 * The plan that fixes every finding of one kind on a queue manager, for "Fix..." in the security
 * view: the same checks that raised the findings pick the objects, and the plan is shown, compared
 * with the queue manager and applied in the Apply dialog, never sent unseen.
 * <ul>
 * <li>{@code PLAN_CHANNEL_WITHOUT_TLS}: SSLCIPH(ANY_TLS12_OR_HIGHER) SSLCAUTH(REQUIRED) on each such channel;</li>
 * <li>{@code PLAN_SSLCAUTH_OPTIONAL}: SSLCAUTH(REQUIRED);</li>
 * <li>{@code PLAN_DEPRECATED_CIPHERSPEC}: SSLCIPH(ANY_TLS12_OR_HIGHER);</li>
 * <li>{@code PLAN_BLANK_MCAUSER}, {@code PLAN_PRIVILEGED_MCAUSER}: MCAUSER('nobody'), a user with no authority, CHLAUTH
 * records then mapping each application to its own user;</li>
 * <li>{@code CHLAUTH_LINT_NO_BACKSTOP}: the back-stop record ADDRESSMAP '*' USERSRC(NOACCESS);</li>
 * <li>{@code PLAN_WEAK_POLICY_ALGORITHM}: each such policy with SHA256 and AES256 in place of the weak algorithms.</li>
 * </ul>
 */
public final class SecurityFixes {

    /** The CipherSpec a fix sets: any TLS 1.2 or 1.3 CipherSpec both ends support. */
    public static final String CIPHER = "ANY_TLS12_OR_HIGHER"; //$NON-NLS-1$
    /** The low-privilege MCAUSER a fix sets. */
    public static final String NOBODY = "nobody"; //$NON-NLS-1$
    static final String BACKSTOP = "SET CHLAUTH('*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) DESCR('Back-stop rule')"; //$NON-NLS-1$

    private SecurityFixes() {
    }

    /** The finding codes a plan can fix. */
    public static boolean fixable(String code) {
        return Set.of(Plan.NO_TLS, Plan.SSLCAUTH_OPTIONAL, Plan.DEPRECATED_CIPHERSPEC, Plan.BLANK_MCAUSER, Plan.PRIVILEGED_MCAUSER,
                ChlauthLint.NO_BACKSTOP, Plan.WEAK_POLICY_ALGORITHM).contains(code);
    }

    /** The plan fixing every finding with this code; empty steps when there is none (or nothing to fix). */
    public static Plan plan(String code, QueueManagerState state, Set<String> privileged) {
        List<PlanStep> steps = new ArrayList<>();
        for (MqObject channel : state.channels()) {
            String type = channel.valueOr("CHLTYPE", ""); //$NON-NLS-1$ //$NON-NLS-2$
            boolean raised = Plan.channelRisks(type, channel.attributes(), true, channel.name()).stream().anyMatch(f -> f.code().equals(code));
            Map<String, List<String>> change = raised ? channelChange(code) : Map.of();
            if (!change.isEmpty()) {
                steps.add(new ChannelStep(ChannelStep.Mode.ALTER, channel.name(), type, change));
            }
        }
        if (ChlauthLint.NO_BACKSTOP.equals(code)
                && ChlauthLint.lint(state.chlauth(), state.chlauthDisabled(), privileged).stream().anyMatch(f -> f.code().equals(code))) {
            steps.add(new ChlauthStep(ChlauthAction.ADD, ChlauthRecordSet.read(BACKSTOP).records().get(0)));
        }
        if (Plan.WEAK_POLICY_ALGORITHM.equals(code)) {
            for (MqObject object : state.policies()) {
                AmsPolicy policy;
                try {
                    policy = AmsPolicy.of(object.name(), object.attributes());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (policy.check().stream().map(Finding::code).anyMatch(code::equals)) {
                    steps.add(new AmsPolicy(policy.name(), policy.signature().weak() ? AmsPolicy.SignatureAlgorithm.SHA256 : policy.signature(),
                            policy.encryption().weak() ? AmsPolicy.EncryptionAlgorithm.AES256 : policy.encryption(), policy.signers(),
                            policy.recipients(), policy.tolerate(), policy.keyReuse()).step());
                }
            }
        }
        return new Plan(state.name(), state.platform(), steps);
    }

    private static Map<String, List<String>> channelChange(String code) {
        Map<String, List<String>> change = new LinkedHashMap<>();
        if (Plan.NO_TLS.equals(code)) {
            change.putAll(Attributes.of("SSLCIPH", CIPHER, "SSLCAUTH", "REQUIRED")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else if (Plan.SSLCAUTH_OPTIONAL.equals(code)) {
            change.putAll(Attributes.of("SSLCAUTH", "REQUIRED")); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (Plan.DEPRECATED_CIPHERSPEC.equals(code)) {
            change.putAll(Attributes.of("SSLCIPH", CIPHER)); //$NON-NLS-1$
        } else if (Plan.BLANK_MCAUSER.equals(code) || Plan.PRIVILEGED_MCAUSER.equals(code)) {
            change.putAll(Attributes.of("MCAUSER", NOBODY)); //$NON-NLS-1$
        }
        return change;
    }
}
