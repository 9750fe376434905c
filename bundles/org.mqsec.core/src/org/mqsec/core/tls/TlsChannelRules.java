package org.mqsec.core.tls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.chlauth.SslPeerFilter;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.Messages;
import org.mqsec.core.mqsc.MqAttribute;

/**
 * Proves, before anything is generated or applied, that the two ends of a TLS channel fit: names
 * within MQ's rules, CipherSpecs that suit the certificates and each other, SSLPEER and the
 * SSLPEERMAP record matching the client's certificate (by running RUNCHECK on the records the plan
 * sets, next to IBM's defaults), and safe MCAUSERs. The spec is taken with its defaults filled in.
 */
public final class TlsChannelRules {

    /** Finding code: a host name that cannot go into CONNAME, the CCDT and jms.properties. */
    public static final String HOST_CODE = "TLS_BAD_HOST"; //$NON-NLS-1$

    /** A-Z a-z 0-9 . / _ % (mq-security.md 2.1). */
    private static final Pattern MQ_NAME = Pattern.compile("[A-Za-z0-9./_%]+"); //$NON-NLS-1$
    /** Host names and IP addresses (v6 in brackets or not, with a zone): what CONNAME and mqclient.ini take. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]%_]+"); //$NON-NLS-1$
    private static final Set<String> PRIVILEGED = Set.of("mqm", "root", "administrator", "system"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private TlsChannelRules() {
    }

    /** Every finding, page by page as the wizard shows them. */
    public static List<Finding> check(TlsChannelSpec spec) {
        List<Finding> findings = new ArrayList<>(target(spec));
        findings.addAll(serverIdentity(spec));
        findings.addAll(clientIdentity(spec));
        findings.addAll(trust(spec));
        findings.addAll(cipherSpecs(spec));
        findings.addAll(channel(spec));
        findings.addAll(chlauth(spec));
        return findings;
    }

    /** The queue manager's name and listener. */
    public static List<Finding> target(TlsChannelSpec spec) {
        List<Finding> findings = new ArrayList<>();
        name(findings, Messages.Tls_queueManagerName, spec.queueManager(), MqAttribute.QMGR_NAME.maximumLength(spec.platform()));
        // the host goes into the CCDT, jms.properties and CONNAME('host(port)')
        if (!HOST.matcher(spec.host()).matches()) {
            findings.add(Finding.error(HOST_CODE, "host", Messages.bind(Messages.Tls_badHost, spec.host()), Messages.Tls_badHostFix)); //$NON-NLS-1$
        } else {
            findings.addAll(MqAttribute.CONNAME.check(spec.host() + '(' + spec.port() + ')', spec.platform(), Messages.Tls_host));
        }
        if (spec.port() < 1 || spec.port() > 65535) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_badPort, spec.port()), Messages.Tls_badPortFix));
        }
        return findings;
    }

    /** The queue manager's certificate: label rules and subjects. */
    public static List<Finding> serverIdentity(TlsChannelSpec spec) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(MqAttribute.CERTLABL.check(spec.certificateLabel(), spec.platform(), Messages.Tls_certificateLabel));
        findings.addAll(MqAttribute.SSLKEYR.check(spec.keyRepositoryStem(), spec.platform(), Messages.Tls_keyRepository));
        if (!spec.setCertificateLabel() && !spec.certificateLabel().equals(defaultLabel(spec))) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_labelNotDefault, spec.certificateLabel(), defaultLabel(spec)),
                    Messages.Tls_labelNotDefaultFix));
        }
        if (spec.existingServer() == null) { // an existing certificate's name is what it is: only new ones are checked
            subject(findings, spec.serverDn());
        }
        subject(findings, spec.caDn());
        existing(findings, spec.serverRepository(), spec.existingServer());
        if (spec.platform() == QueueManagerPlatform.ZOS) {
            findings.addAll(ZosTlsChannel.check(spec));
        }
        return findings;
    }

    /** An existing certificate: read, strong enough, and with the chain its end must send. */
    private static void existing(List<Finding> findings, String repository, ExistingIdentity identity) {
        if (repository.isEmpty()) {
            return;
        }
        if (identity == null) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_repositoryNotRead, repository), Messages.Tls_repositoryNotReadFix));
            return;
        }
        int minimum = identity.keyType() == CertificateKeyType.EC ? 256 : 3072;
        if (identity.keySize() < minimum) {
            findings.add(Finding.warning(Messages.bind(Messages.Tls_weakExistingKey, new Object[] { identity.label(), identity.keyType(),
                    identity.keySize() }), Messages.Tls_weakExistingKeyFix));
        }
        if (!identity.selfSigned() && !identity.holds(identity.issuer())) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_incompleteChain, new Object[] { identity.label(), repository, identity.issuer() }),
                    Messages.bind(Messages.Tls_incompleteChainFix, identity.label(), repository)));
        }
    }

    /**
     * Whether each end trusts the issuer of the other's certificate. A new repository, or the copy of
     * an existing one written with the plan, gets the other end's CA (or self-signed certificate) added
     * when the plan has it: made by the plan, or held in the other end's existing file. Otherwise the
     * end lacks the other's CA and the handshake fails.
     */
    public static List<Finding> trust(TlsChannelSpec spec) {
        List<Finding> findings = new ArrayList<>();
        if (spec.mutualTls()) {
            trusts(findings, spec.existingServer(), Messages.Tls_theQueueManagerRepository, spec.existingClient(),
                    TlsChannelPlan.clientIssuer(spec), Messages.Tls_theClient);
        }
        trusts(findings, spec.existingClient(), Messages.Tls_theClientKeystore, spec.existingServer(), TlsChannelPlan.serverIssuer(spec),
                Messages.Tls_theQueueManager);
        return findings;
    }

    private static void trusts(List<Finding> findings, ExistingIdentity truster, String trusterName, ExistingIdentity peer,
            String peerIssuer, String peerName) {
        // a peer the plan makes is issued by a key made now, which no existing file can trust yet,
        // whatever its name: only an existing peer's issuer can already be there
        if (truster != null && peer != null && truster.trusts(peerIssuer)) {
            return;
        }
        boolean planHasIt = peer == null || peer.selfSigned() || peer.holds(peerIssuer);
        if (!planHasIt) {
            String where = truster == null ? trusterName : truster.repository();
            findings.add(Finding.error(Messages.bind(Messages.Tls_lacksPeerCa, new Object[] { trusterName, peerIssuer, peerName }),
                    Messages.bind(Messages.Tls_lacksPeerCaFix, new Object[] { trusterName, peerIssuer, peerName, where })));
        } else if (truster != null) {
            findings.add(Finding.info(Messages.bind(Messages.Tls_addsTrust, new Object[] { truster.repository(), peerIssuer, peerName }),
                    Messages.Tls_addsTrustFix));
        }
    }

    /** The client's certificate and keystore. */
    public static List<Finding> clientIdentity(TlsChannelSpec spec) {
        List<Finding> findings = new ArrayList<>();
        if (spec.platform() == QueueManagerPlatform.ZOS) {
            findings.addAll(ZosTlsChannel.checkClient(spec));
        }
        // the client's label goes into mqclient.ini and the CCDT
        findings.addAll(MqAttribute.CERTLABL.check(spec.clientLabel(), spec.platform(), Messages.Tls_clientLabel));
        if (spec.existingClient() == null) {
            subject(findings, spec.clientDn());
        }
        if (spec.mutualTls()) {
            existing(findings, spec.clientRepository(), spec.existingClient());
        }
        if (TlsChannelSpec.C.equals(spec.clientType()) && !"pkcs12".equals(spec.clientKeystoreFormat())) { //$NON-NLS-1$
            findings.add(Finding.error(Messages.bind(Messages.Tls_cClientFormat, spec.clientKeystoreFormat()), Messages.Tls_cClientFormatFix));
        }
        return findings;
    }

    private static void subject(List<Finding> findings, String dn) {
        DistinguishedName.parse(dn).subjectFindings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(findings::add);
    }

    /** The SVRCONN channel: its name, SSLCAUTH and SSLPEER against the client's DN, MCAUSER, instances. */
    public static List<Finding> channel(TlsChannelSpec spec) {
        List<Finding> findings = new ArrayList<>();
        name(findings, Messages.Tls_channelName, spec.channel(), MqAttribute.CHANNEL_NAME.maximumLength(spec.platform()));
        findings.addAll(MqAttribute.CHANNEL_DESCR.check(spec.description(), spec.platform(), Messages.Tls_channelField));
        findings.addAll(MqAttribute.CHANNEL_SSLPEER.check(spec.sslPeer(), spec.platform(), Messages.Tls_channelField));
        findings.addAll(MqAttribute.MCAUSER.check(spec.mcaUser(), spec.platform(), Messages.Tls_channelField));
        peer(findings, spec);
        if (spec.mcaUser().isBlank()) {
            findings.add(Finding.warning(Messages.Tls_blankMcauser, Messages.Tls_blankMcauserFix));
        }
        privileged(findings, spec.mcaUser());
        if (spec.maxInstancesPerClient() > spec.maxInstances()) {
            findings.add(Finding.warning(Messages.bind(Messages.Tls_maxinstc, spec.maxInstancesPerClient(), spec.maxInstances()),
                    Messages.Tls_maxinstcFix));
        }
        return findings;
    }

    /** The SSLPEERMAP record: does RUNCHECK map the client's certificate to the planned user? */
    public static List<Finding> chlauth(TlsChannelSpec spec) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(MqAttribute.CHLAUTH_MCAUSER.check(spec.mappedUser(), spec.platform(), Messages.Tls_peerMapField));
        findings.addAll(MqAttribute.CHLAUTH_ADDRESS.check(spec.clientAddress(), spec.platform(), Messages.Tls_peerMapField));
        if (Finding.hasErrors(findings)) {
            return findings; // no RUNCHECK on values MQ would refuse
        }
        privileged(findings, spec.mappedUser());
        if (spec.chlauthDisabled()) {
            findings.add(Finding.warning(Messages.Tls_chlauthDisabled, Messages.Tls_chlauthDisabledFix));
        }
        if (!spec.mutualTls()) {
            return findings;
        }
        // the records the plan sets, beside IBM's defaults, decide the client's connection as the queue manager would
        List<ChlauthRecord> records = new ArrayList<>(ChlauthRecordSet.queueManagerDefaults().records());
        records.add(TlsChannelPlan.peerMapRecord(spec));
        RuncheckSimulator.Decision decision = new RuncheckSimulator(records, PRIVILEGED).evaluate(new RuncheckSimulator.Connection(
                spec.channel(), sampleAddress(spec.clientAddress()), "app", "", spec.clientDn(), TlsChannelPlan.clientIssuer(spec))); //$NON-NLS-1$ //$NON-NLS-2$
        if (decision.result() != RuncheckSimulator.Result.ALLOWED || !decision.mcaUser().equals(spec.mappedUser())) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_mappingFails, spec.mappedUser(), String.join(" ", decision.explanation())), //$NON-NLS-1$
                    Messages.Tls_mappingFailsFix));
        }
        return findings;
    }

    private static void privileged(List<Finding> findings, String user) {
        if (PRIVILEGED.contains(user.toLowerCase(Locale.ROOT))) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_privilegedUser, user), Messages.Tls_privilegedUserFix));
        }
    }

    /** The label a queue manager looks for when CERTLABL is blank. */
    public static String defaultLabel(TlsChannelSpec spec) {
        return spec.platform().defaultCertificateLabel(spec.queueManager());
    }

    private static void name(List<Finding> findings, String what, String name, int length) {
        if (name.isEmpty() || name.length() > length || !MQ_NAME.matcher(name).matches()) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_badName, new Object[] { what, name, length }), Messages.Tls_badNameFix));
        }
    }

    /** The CipherSpecs at both ends, against each other, the certificates' keys and the platform. */
    public static List<Finding> cipherSpecs(TlsChannelSpec spec) {
        List<Finding> findings = new ArrayList<>();
        CipherSpec server = CipherSpecs.find(spec.serverCipherSpec()).orElse(null);
        CipherSpec client = CipherSpecs.find(spec.clientCipherSpec()).orElse(null);
        if (server == null) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_unknownCipher, spec.serverCipherSpec()), Messages.Tls_unknownCipherFix));
        }
        if (client == null && !spec.clientCipherSpec().equals(spec.serverCipherSpec())) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_unknownCipher, spec.clientCipherSpec()), Messages.Tls_unknownCipherFix));
        }
        if (server == null || client == null) {
            return findings;
        }
        findings.addAll(CipherSpecCompatibility.of(server, spec.platform()));
        findings.addAll(CipherSpecCompatibility.withCertificate(server, TlsChannelSpec.keyType(spec.serverKey()), Messages.Tls_theQueueManager));
        if (spec.mutualTls()) {
            findings.addAll(CipherSpecCompatibility.withCertificate(client, TlsChannelSpec.keyType(spec.clientKey()), Messages.Tls_theClient));
        }
        findings.addAll(CipherSpecCompatibility.between(client, server));
        return findings;
    }

    private static void peer(List<Finding> findings, TlsChannelSpec spec) {
        if (!spec.mutualTls()) {
            if ("REQUIRED".equalsIgnoreCase(spec.sslCauth())) { //$NON-NLS-1$
                findings.add(Finding.error(Messages.Tls_requiredWithoutClientCertificate, Messages.Tls_requiredWithoutClientCertificateFix));
            }
            if (spec.sslPeer().isEmpty()) {
                findings.add(Finding.warning(Messages.Tls_optionalNoPeer, Messages.Tls_optionalNoPeerFix));
            }
            return;
        }
        if ("OPTIONAL".equalsIgnoreCase(spec.sslCauth()) && spec.sslPeer().isEmpty()) { //$NON-NLS-1$
            findings.add(Finding.warning(Messages.Tls_optionalNoPeer, Messages.Tls_optionalNoPeerFix));
        }
        if (!spec.sslPeer().isEmpty()) {
            DistinguishedName.parse(spec.sslPeer()).findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(findings::add);
            String mismatch = SslPeerFilter.mismatch(spec.sslPeer(), spec.clientDn());
            if (mismatch != null) {
                findings.add(Finding.error(Messages.bind(Messages.Tls_peerMismatch, spec.clientDn(), mismatch), Messages.Tls_peerMismatchFix));
            }
        }
    }

    /** An address the restriction admits: its first in every range and wildcard (a blank restriction admits any). */
    static String sampleAddress(String pattern) {
        if (pattern.isEmpty() || "*".equals(pattern)) { //$NON-NLS-1$
            return "192.0.2.10"; //$NON-NLS-1$
        }
        String[] parts = pattern.split("\\."); //$NON-NLS-1$
        List<String> address = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if ("*".equals(parts[i])) { //$NON-NLS-1$
                int after = parts.length - 1 - i; // a '*' stands for the parts the pattern leaves out
                while (address.size() < 4 - after) {
                    address.add("1"); //$NON-NLS-1$
                }
            } else {
                address.add(parts[i].contains("-") ? parts[i].substring(0, parts[i].indexOf('-')) : parts[i]); //$NON-NLS-1$
            }
        }
        return String.join(".", address); //$NON-NLS-1$
    }
}
