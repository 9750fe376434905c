package org.mqsec.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthType;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.tls.CipherSpec;
import org.mqsec.core.tls.CipherSpecs;
import org.mqsec.core.tls.QueueManagerPlatform;

/**
 * The changes one piece of work makes, as ordered, typed steps (shared/design/ARCHITECTURE.md):
 * validated into findings, rendered as MQSC or PCF, compared with a queue manager's state, applied.
 * Wizards, views and the command line build plans; nothing else describes a change.
 *
 * @param queueManager the queue manager the plan is for ("" when it may go to any)
 * @param platform     its platform, which decides lengths (z/OS) and which attributes apply
 */
public record Plan(String queueManager, QueueManagerPlatform platform, List<PlanStep> steps) {

    /** Finding codes. */
    public static final String EMPTY = "PLAN_EMPTY"; //$NON-NLS-1$
    public static final String CHANNEL_TYPE = "PLAN_CHANNEL_TYPE"; //$NON-NLS-1$
    public static final String NOT_FOR_CHANNEL_TYPE = "PLAN_ATTRIBUTE_NOT_FOR_CHANNEL_TYPE"; //$NON-NLS-1$
    public static final String NO_NAME = "PLAN_NO_NAME"; //$NON-NLS-1$
    public static final String NO_TLS = "PLAN_CHANNEL_WITHOUT_TLS"; //$NON-NLS-1$
    public static final String SSLCAUTH_OPTIONAL = "PLAN_SSLCAUTH_OPTIONAL"; //$NON-NLS-1$
    public static final String BLANK_MCAUSER = "PLAN_BLANK_MCAUSER"; //$NON-NLS-1$
    public static final String PRIVILEGED_MCAUSER = "PLAN_PRIVILEGED_MCAUSER"; //$NON-NLS-1$
    public static final String UNKNOWN_CIPHERSPEC = "PLAN_UNKNOWN_CIPHERSPEC"; //$NON-NLS-1$
    public static final String DEPRECATED_CIPHERSPEC = "PLAN_DEPRECATED_CIPHERSPEC"; //$NON-NLS-1$
    public static final String CHLAUTH_DISABLED = "PLAN_CHLAUTH_DISABLED"; //$NON-NLS-1$
    public static final String CHLAUTH_RECORD = "PLAN_CHLAUTH_RECORD"; //$NON-NLS-1$
    public static final String BACKSTOP_REMOVED = "PLAN_CHLAUTH_BACKSTOP_REMOVED"; //$NON-NLS-1$
    public static final String WEAK_POLICY_ALGORITHM = AmsPolicy.WEAK_ALGORITHM;
    public static final String POLICY_NO_RECIPIENT = AmsPolicy.NO_RECIPIENT;
    public static final String ZOS_ONLY = "PLAN_ZOS_ONLY"; //$NON-NLS-1$
    public static final String REFRESH_TYPE = "PLAN_REFRESH_TYPE"; //$NON-NLS-1$

    /** MCAUSER values that give a client full administrative authority. */
    private static final Set<String> PRIVILEGED = Set.of("mqm", "root", "musr_mqadmin", "administrator", "system"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** Attributes that only channels of some types have (mq-security.md 2.2). */
    private static final Map<String, Set<String>> CHANNEL_TYPES_OF = Map.of(
            "SSLCAUTH", Set.of("SVRCONN", "RCVR", "RQSTR", "SVR", "CLUSRCVR"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "MAXINST", Set.of("SVRCONN"), //$NON-NLS-1$ //$NON-NLS-2$
            "MAXINSTC", Set.of("SVRCONN"), //$NON-NLS-1$ //$NON-NLS-2$
            "SHARECNV", Set.of("SVRCONN", "CLNTCONN"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "MCAUSER", Set.of("SVRCONN", "SDR", "SVR", "RCVR", "RQSTR", "CLUSRCVR", "CLUSSDR", "MQTT", "AMQP"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "CONNAME", Set.of("CLNTCONN", "SDR", "SVR", "RQSTR", "CLUSRCVR", "CLUSSDR"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "QMNAME", Set.of("CLNTCONN")); //$NON-NLS-1$ //$NON-NLS-2$

    private static final Set<String> ZOS_ATTRIBUTES = Set.of("SSLTASKS"); //$NON-NLS-1$

    public Plan {
        queueManager = queueManager == null ? "" : queueManager; //$NON-NLS-1$
        platform = platform == null ? QueueManagerPlatform.MULTIPLATFORMS : platform;
        steps = List.copyOf(steps);
    }

    /** The steps a queue manager carries out, in order. */
    public List<QueueManagerStep> queueManagerSteps() {
        return steps.stream().filter(QueueManagerStep.class::isInstance).map(QueueManagerStep.class::cast).toList();
    }

    /** The plan with {@code more} steps after its own. */
    public Plan with(List<? extends PlanStep> more) {
        List<PlanStep> all = new ArrayList<>(steps);
        all.addAll(more);
        return new Plan(queueManager, platform, all);
    }

    public static boolean hasErrors(List<PlanFinding> findings) {
        return findings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR);
    }

    /** Everything wrong with or risky in the plan, step by step. */
    public List<PlanFinding> validate() {
        List<PlanFinding> findings = new ArrayList<>();
        if (steps.isEmpty()) {
            findings.add(new PlanFinding(0, Finding.warning(EMPTY, "", PlanMessages.Plan_empty, ""))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < steps.size(); i++) {
            int number = i + 1;
            String where = PlanMessages.bind(PlanMessages.Plan_where, number, steps.get(i).describe());
            List<Finding> stepFindings = new ArrayList<>();
            PlanStep step = steps.get(i);
            // a KeyRepositoryStep was checked by the key repository operation it comes from
            if (step instanceof AlterQueueManager qmgr) {
                checkQueueManager(qmgr, where, stepFindings);
            } else if (step instanceof ChannelStep channel) {
                checkChannel(channel, where, stepFindings);
            } else if (step instanceof ChlauthStep chlauth) {
                checkChlauth(chlauth, where, stepFindings);
            } else if (step instanceof PolicyStep policy) {
                checkPolicy(policy, where, stepFindings);
            } else if (step instanceof RefreshSecurity refresh) {
                checkRefresh(refresh, where, stepFindings);
            } else if (step instanceof KeyRingStep ring) {
                checkKeyRing(ring, where, stepFindings);
            }
            stepFindings.forEach(f -> findings.add(new PlanFinding(number, f)));
        }
        return findings;
    }

    private void checkQueueManager(AlterQueueManager step, String where, List<Finding> findings) {
        findings.addAll(Attributes.check(MqObjectType.QMGR, step.attributes(), platform, where));
        if (platform != QueueManagerPlatform.ZOS) {
            step.attributes().keySet().stream().filter(ZOS_ATTRIBUTES::contains).forEach(k -> findings.add(Finding.error(ZOS_ONLY, k,
                    PlanMessages.bind(PlanMessages.Plan_zosOnly, where, k), PlanMessages.Plan_zosOnlyFix)));
        }
        if ("DISABLED".equalsIgnoreCase(first(step.attributes(), "CHLAUTH"))) { //$NON-NLS-1$ //$NON-NLS-2$
            findings.add(Finding.warning(CHLAUTH_DISABLED, "CHLAUTH", PlanMessages.bind(PlanMessages.Plan_chlauthDisabled, where), //$NON-NLS-1$
                    PlanMessages.Plan_chlauthDisabledFix));
        }
    }

    private void checkKeyRing(KeyRingStep step, String where, List<Finding> findings) {
        if (platform != QueueManagerPlatform.ZOS) {
            findings.add(Finding.error(ZOS_ONLY, "RACDCERT", PlanMessages.bind(PlanMessages.Plan_zosOnly, where, "RACDCERT"), //$NON-NLS-1$ //$NON-NLS-2$
                    PlanMessages.Plan_zosOnlyFix));
        }
        findings.addAll(step.command().check());
    }

    private void checkChannel(ChannelStep step, String where, List<Finding> findings) {
        findings.addAll(MqAttribute.CHANNEL_NAME.check(step.name(), platform, where));
        if (step.name().isBlank()) {
            findings.add(Finding.error(NO_NAME, "CHANNEL", PlanMessages.bind(PlanMessages.Plan_noName, where), "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (org.mqsec.core.mqsc.MqSchema.field(MqObjectType.CHANNEL, "CHLTYPE").flatMap(f -> f.value(step.channelType())).isEmpty()) { //$NON-NLS-1$
            findings.add(Finding.error(CHANNEL_TYPE, "CHLTYPE", PlanMessages.bind(PlanMessages.Plan_channelType, where, step.channelType()), //$NON-NLS-1$
                    PlanMessages.Plan_channelTypeFix));
            return;
        }
        findings.addAll(Attributes.check(MqObjectType.CHANNEL, step.attributes(), platform, where));
        step.attributes().keySet().forEach(keyword -> {
            Set<String> types = CHANNEL_TYPES_OF.get(keyword);
            if (types != null && !types.contains(step.channelType())) {
                findings.add(Finding.error(NOT_FOR_CHANNEL_TYPE, keyword, PlanMessages.bind(PlanMessages.Plan_notForType,
                        new Object[] { where, keyword, step.channelType() }), PlanMessages.Plan_notForTypeFix));
            }
        });
        findings.addAll(channelRisks(step.channelType(), step.attributes(), step.mode() == ChannelStep.Mode.DEFINE, where));
    }

    /**
     * What in a channel's security attributes is unknown or leaves the queue manager open: an unknown,
     * deprecated or weak CipherSpec; for a SVRCONN channel no TLS, SSLCAUTH(OPTIONAL), a blank or
     * privileged MCAUSER. Plans check the channels they define or alter; the security state checks
     * every channel it read.
     *
     * @param complete whether the attributes are all the channel has (a definition, or a channel read),
     *                 so that a missing SSLCIPH or MCAUSER means none
     */
    public static List<Finding> channelRisks(String channelType, Map<String, List<String>> attributes, boolean complete, String where) {
        List<Finding> findings = new ArrayList<>();
        String cipher = first(attributes, "SSLCIPH"); //$NON-NLS-1$
        if (cipher != null && !cipher.isBlank()) {
            CipherSpec spec = CipherSpecs.find(cipher.strip()).orElse(null);
            if (spec == null) {
                findings.add(Finding.error(UNKNOWN_CIPHERSPEC, "SSLCIPH", PlanMessages.bind(PlanMessages.Plan_unknownCipher, where, cipher), //$NON-NLS-1$
                        PlanMessages.Plan_unknownCipherFix));
            } else if (spec.deprecated() || spec.weak()) {
                findings.add(Finding.warning(DEPRECATED_CIPHERSPEC, "SSLCIPH", PlanMessages.bind(PlanMessages.Plan_deprecatedCipher, //$NON-NLS-1$
                        where, cipher), PlanMessages.Plan_deprecatedCipherFix));
            }
        }
        boolean inbound = "SVRCONN".equals(channelType); //$NON-NLS-1$
        if (!inbound) {
            return findings;
        }
        if (complete && (cipher == null || cipher.isBlank())) {
            findings.add(Finding.warning(NO_TLS, "SSLCIPH", PlanMessages.bind(PlanMessages.Plan_noTls, where), PlanMessages.Plan_noTlsFix)); //$NON-NLS-1$
        }
        if ("OPTIONAL".equalsIgnoreCase(first(attributes, "SSLCAUTH"))) { //$NON-NLS-1$ //$NON-NLS-2$
            findings.add(Finding.warning(SSLCAUTH_OPTIONAL, "SSLCAUTH", PlanMessages.bind(PlanMessages.Plan_sslcauthOptional, where), //$NON-NLS-1$
                    PlanMessages.Plan_sslcauthOptionalFix));
        }
        String user = first(attributes, "MCAUSER"); //$NON-NLS-1$
        if ((complete && user == null) || (user != null && user.isBlank())) {
            findings.add(Finding.warning(BLANK_MCAUSER, "MCAUSER", PlanMessages.bind(PlanMessages.Plan_blankMcauser, where), //$NON-NLS-1$
                    PlanMessages.Plan_blankMcauserFix));
        } else if (user != null && PRIVILEGED.contains(user.strip().toLowerCase(Locale.ROOT))) {
            findings.add(Finding.warning(PRIVILEGED_MCAUSER, "MCAUSER", PlanMessages.bind(PlanMessages.Plan_privilegedMcauser, where, user), //$NON-NLS-1$
                    PlanMessages.Plan_privilegedMcauserFix));
        }
        return findings;
    }

    private void checkChlauth(ChlauthStep step, String where, List<Finding> findings) {
        ChlauthRecord record = step.record();
        for (Finding f : record.validate(where)) {
            // REMOVE names a record; what it would map to does not matter
            if (!step.action().identityOnly() || f.severity() != Severity.WARNING) {
                findings.add(f.code().isEmpty() ? new Finding(CHLAUTH_RECORD, f.severity(), "CHLAUTH", f.message(), f.fix()) : f); //$NON-NLS-1$
            }
        }
        if (step.action().identityOnly() && isBackstop(record)) {
            findings.add(Finding.warning(BACKSTOP_REMOVED, "CHLAUTH", PlanMessages.bind(PlanMessages.Plan_backstop, where, record.describe()), //$NON-NLS-1$
                    PlanMessages.Plan_backstopFix));
        }
    }

    /**
     * The records that keep a queue manager closed when nothing more specific matches: '*' mapped to
     * NOACCESS, privileged users blocked on every channel, SYSTEM.* channels blocked.
     */
    public static boolean isBackstop(ChlauthRecord record) {
        boolean everyChannel = "*".equals(record.profile()) || "SYSTEM.*".equals(record.profile()); //$NON-NLS-1$ //$NON-NLS-2$
        return everyChannel && ((record.type() == ChlauthType.ADDRESSMAP && "NOACCESS".equals(record.userSource()) //$NON-NLS-1$
                && "*".equals(record.address())) //$NON-NLS-1$
                || (record.type() == ChlauthType.BLOCKUSER && record.userList().contains("*MQADMIN"))); //$NON-NLS-1$
    }

    private void checkPolicy(PolicyStep step, String where, List<Finding> findings) {
        findings.addAll(MqAttribute.POLICY_NAME.check(step.name(), platform, where));
        if (step.name().isBlank()) {
            findings.add(Finding.error(NO_NAME, "POLICY", PlanMessages.bind(PlanMessages.Plan_noName, where), "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (step.mode() == PolicyStep.Mode.DELETE) {
            return;
        }
        findings.addAll(Attributes.check(MqObjectType.POLICY, step.attributes(), platform, where));
        try {
            findings.addAll(AmsPolicy.of(step.name(), step.attributes()).checkRules(where));
        } catch (IllegalArgumentException e) {
            // an algorithm or key reuse MQ does not take: Attributes.check said so above
        }
    }

    private void checkRefresh(RefreshSecurity step, String where, List<Finding> findings) {
        boolean zos = platform == QueueManagerPlatform.ZOS;
        boolean allowed = RefreshSecurity.TYPES.contains(step.type()) && !(zos && "AUTHSERV".equals(step.type())) //$NON-NLS-1$
                && (zos || !"CLASSES".equals(step.type())); //$NON-NLS-1$
        if (!allowed) {
            findings.add(Finding.error(REFRESH_TYPE, "TYPE", PlanMessages.bind(PlanMessages.Plan_refreshType, //$NON-NLS-1$
                    new Object[] { where, step.type(), platform }), PlanMessages.Plan_refreshTypeFix));
        }
    }

    private static String first(Map<String, List<String>> attributes, String keyword) {
        List<String> values = attributes.get(keyword);
        if (values == null) {
            return null;
        }
        return values.isEmpty() ? "" : values.get(0); //$NON-NLS-1$
    }
}
