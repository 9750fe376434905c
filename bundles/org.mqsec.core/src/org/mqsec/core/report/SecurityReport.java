package org.mqsec.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.ReportMessages;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.tls.QueueManagerPlatform;

/**
 * One queue manager's security as a whole, for the audit report and the security view: its security
 * settings, each channel with its TLS settings and whether it runs, the CHLAUTH records, the AMS
 * policies, the certificates of its key repository with what presents each, and every finding
 * (channels, CHLAUTH lint, policies, certificate expiry) with its code.
 */
public record SecurityReport(String queueManager, String source, QueueManagerPlatform platform, Instant generated,
        Map<String, String> settings, List<ChannelRow> channels, int chlauthRecords, boolean chlauthDisabled, List<PolicyRow> policies,
        boolean keyRepositoryRead, List<CertificateUse> certificates, List<Finding> findings, List<Finding> problems) {

    public static final String CERTIFICATE_EXPIRED = "REPORT_CERTIFICATE_EXPIRED"; //$NON-NLS-1$
    public static final String CERTIFICATE_EXPIRING = "REPORT_CERTIFICATE_EXPIRING"; //$NON-NLS-1$
    public static final String CERTIFICATE_MISSING = "REPORT_CERTIFICATE_MISSING"; //$NON-NLS-1$
    public static final String KEY_REPOSITORY_NOT_READ = "REPORT_KEY_REPOSITORY_NOT_READ"; //$NON-NLS-1$
    public static final String POLICY_UNREADABLE = "REPORT_POLICY_UNREADABLE"; //$NON-NLS-1$
    public static final String CIPHER_CERTIFICATE_MISMATCH = "REPORT_CIPHER_CERTIFICATE_MISMATCH"; //$NON-NLS-1$

    /** A certificate that expires within this is flagged. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    /** The queue manager attributes the report shows, in this order. */
    private static final List<String> SETTINGS = List.of("SSLKEYR", "CERTLABL", "SSLFIPS", "SSLRKEYC", "SSLEV", "CHLAUTH", "CONNAUTH", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "REVDNS", "PLATFORM", "CMDLEVEL"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** A channel as the report shows it. */
    public record ChannelRow(String name, String type, String cipherSpec, String clientAuthentication, String peer, String mcaUser,
            String certificateLabel, String status) {
    }

    /** An AMS policy as the report shows it. */
    public record PolicyRow(String name, String protection, String signature, String encryption, int signers, int recipients, boolean tolerate) {
    }

    public SecurityReport {
        settings = new LinkedHashMap<>(settings);
        channels = List.copyOf(channels);
        policies = List.copyOf(policies);
        certificates = List.copyOf(certificates);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /**
     * The report of a queue manager's state.
     *
     * @param privileged        who *MQADMIN stands for, for the CHLAUTH lint
     * @param certificates      the certificates of its key repository (from the crypto bundle), empty when not read
     * @param keyRepositoryRead whether the key repository could be read at all
     */
    public static SecurityReport of(QueueManagerState state, Set<String> privileged, List<CertificateUse> certificates, boolean keyRepositoryRead,
            Instant now) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String keyword : SETTINGS) {
            state.queueManager().value(keyword).ifPresent(value -> settings.put(keyword, value));
        }
        String label = certificateLabel(state);
        settings.put("CERTLABL", label); //$NON-NLS-1$
        List<ChannelRow> channels = new ArrayList<>();
        for (MqObject channel : state.channels()) {
            String status = state.channelStatus().stream().filter(s -> s.name().equals(channel.name())).map(s -> s.valueOr("STATUS", "")) //$NON-NLS-1$ //$NON-NLS-2$
                    .findFirst().orElse(""); //$NON-NLS-1$
            channels.add(new ChannelRow(channel.name(), channel.valueOr("CHLTYPE", ""), channel.valueOr("SSLCIPH", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    channel.valueOr("SSLCAUTH", ""), channel.valueOr("SSLPEER", ""), channel.valueOr("MCAUSER", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    channel.valueOr("CERTLABL", ""), status)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Finding> findings = new ArrayList<>(state.findings(privileged));
        findings.addAll(ConnectionAuthentication.findings(state));
        List<PolicyRow> policies = new ArrayList<>();
        for (MqObject object : state.policies()) {
            try {
                AmsPolicy policy = AmsPolicy.of(object.name(), object.attributes());
                policies.add(new PolicyRow(policy.name(), policy.protection().name(), policy.signature().keyword(), policy.encryption().keyword(),
                        policy.signers().size(), policy.recipients().size(), policy.tolerate()));
                findings.addAll(policy.check());
            } catch (IllegalArgumentException e) {
                findings.add(Finding.error(POLICY_UNREADABLE, "POLICY", ReportMessages.bind(ReportMessages.Report_policyUnreadable, object.name(), //$NON-NLS-1$
                        e.getMessage()), ReportMessages.Report_policyUnreadableFix));
            }
        }
        findings.addAll(certificateFindings(state, label, certificates, keyRepositoryRead, now));
        return new SecurityReport(state.name(), state.source(), state.platform(), now, settings, channels, state.chlauth().size(),
                state.chlauthDisabled(), policies, keyRepositoryRead, certificates, findings, state.problems());
    }

    /** The label of the certificate the queue manager presents: CERTLABL, or the platform's default. */
    public static String certificateLabel(QueueManagerState state) {
        String set = state.queueManager().valueOr("CERTLABL", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        return set.isEmpty() ? state.platform().defaultCertificateLabel(state.name()) : set;
    }

    private static List<Finding> certificateFindings(QueueManagerState state, String label, List<CertificateUse> certificates, boolean read,
            Instant now) {
        List<Finding> findings = new ArrayList<>();
        boolean tls = state.channels().stream().anyMatch(c -> !c.valueOr("SSLCIPH", "").isBlank()); //$NON-NLS-1$ //$NON-NLS-2$
        if (!read) {
            if (tls) {
                findings.add(Finding.info(KEY_REPOSITORY_NOT_READ, "SSLKEYR", ReportMessages.bind(ReportMessages.Report_notRead, //$NON-NLS-1$
                        state.queueManager().valueOr("SSLKEYR", "")), ReportMessages.Report_notReadFix)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return findings;
        }
        if (tls && certificates.stream().noneMatch(c -> c.personal() && c.label().equalsIgnoreCase(label))) {
            findings.add(Finding.error(CERTIFICATE_MISSING, "CERTLABL", ReportMessages.bind(ReportMessages.Report_missing, label), //$NON-NLS-1$
                    ReportMessages.Report_missingFix));
        }
        for (MqObject channel : state.channels()) {
            java.util.Optional<org.mqsec.core.tls.CipherSpec> spec = org.mqsec.core.tls.CipherSpecs.find(channel.valueOr("SSLCIPH", "").strip()); //$NON-NLS-1$ //$NON-NLS-2$
            String channelLabel = channel.valueOr("CERTLABL", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
            String presented = channelLabel.isEmpty() ? label : channelLabel;
            java.util.Optional<CertificateUse> certificate = certificates.stream().filter(c -> c.personal() && c.label().equalsIgnoreCase(presented))
                    .findFirst();
            if (spec.isPresent() && certificate.isPresent()) {
                for (Finding mismatch : org.mqsec.core.tls.CipherSpecCompatibility.withCertificate(spec.get(), certificate.get().keyType(),
                        ReportMessages.bind(ReportMessages.Report_channelCertificate, channel.name(), presented))) {
                    findings.add(new Finding(CIPHER_CERTIFICATE_MISMATCH, mismatch.severity(), "SSLCIPH", mismatch.message(), mismatch.fix())); //$NON-NLS-1$
                }
            }
        }
        for (CertificateUse certificate : certificates) {
            String who = certificate.usedBy().isEmpty() ? ReportMessages.bind(ReportMessages.Report_inRepository, certificate.label())
                    : String.join(", ", certificate.usedBy()) + " (" + certificate.label() + ')'; //$NON-NLS-1$ //$NON-NLS-2$
            if (certificate.notAfter().isBefore(now)) {
                String message = ReportMessages.bind(ReportMessages.Report_expired, who, certificate.notAfter());
                findings.add(certificate.usedBy().isEmpty()
                        ? Finding.warning(CERTIFICATE_EXPIRED, "CERTLABL", message, ReportMessages.Report_expiredFix) //$NON-NLS-1$
                        : Finding.error(CERTIFICATE_EXPIRED, "CERTLABL", message, ReportMessages.Report_expiredFix)); //$NON-NLS-1$
            } else if (!certificate.usedBy().isEmpty() && certificate.notAfter().isBefore(now.plus(EXPIRY_WARNING))) {
                findings.add(Finding.warning(CERTIFICATE_EXPIRING, "CERTLABL", ReportMessages.bind(ReportMessages.Report_expiring, who, //$NON-NLS-1$
                        Duration.between(now, certificate.notAfter()).toDays()), ReportMessages.Report_expiringFix));
            }
        }
        return findings;
    }

    /** How many findings of each severity. */
    public Map<Severity, Long> counts() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, findings.stream().filter(f -> f.severity() == severity).count());
        }
        return counts;
    }
}
