package org.mqsec.core.tls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.ZosMessages;
import org.mqsec.core.plan.KeyRingStep;
import org.mqsec.core.zos.KeyRingCommand;
import org.mqsec.core.zos.RacfNames;

/**
 * The queue manager's side of a TLS channel on z/OS, as seed 000 ("MQ for z/OS Security 101") sets
 * it up: a CA and the queue manager's certificate made in RACF (the certificate owned by the channel
 * initiator's user and signed by the CA, or self-signed), a key ring of that user with the
 * certificate as its default PERSONAL one and the CA as CERTAUTH, the CA exported (CERTB64) for
 * the clients to trust, and for mutual TLS the client's certificate request signed by the same CA
 * and exported back. The private keys stay where they are made: the queue manager's in RACF, the
 * client's on the workstation.
 */
public final class ZosTlsChannel {

    public static final String EXISTING_SERVER = "TLS_ZOS_EXISTING_REPOSITORY"; //$NON-NLS-1$
    public static final String EXISTING_CLIENT = "TLS_ZOS_EXISTING_CLIENT"; //$NON-NLS-1$
    public static final String CHIN_RESTART = "TLS_ZOS_CHIN_RESTART"; //$NON-NLS-1$

    /** Data sets the job writes and reads, after the plan's prefix. */
    public static final String CA_DATASET = "CA.CRT"; //$NON-NLS-1$
    public static final String QMGR_DATASET = "QMGR.CRT"; //$NON-NLS-1$
    public static final String REQUEST_DATASET = "CLIENT.CSR"; //$NON-NLS-1$
    public static final String CLIENT_DATASET = "CLIENT.CRT"; //$NON-NLS-1$

    static final int CA_DAYS = 3650;
    static final int LEAF_DAYS = 397;

    private ZosTlsChannel() {
    }

    /** The label of the CA certificate in RACF (CERTAUTH): 32 characters at most. */
    public static String caLabel(TlsChannelSpec spec) {
        return "MQ CA " + spec.queueManager(); //$NON-NLS-1$
    }

    /** The key ring's owner: the user before "/" in SSLKEYR (a shared ring), else the channel initiator's user. */
    public static String ringOwner(TlsChannelSpec spec) {
        String stem = spec.keyRepositoryStem();
        return stem.contains("/") ? stem.substring(0, stem.indexOf('/')).toUpperCase(Locale.ROOT) : spec.chinUser(); //$NON-NLS-1$
    }

    /** The key ring's name, without its owner. */
    public static String ring(TlsChannelSpec spec) {
        String stem = spec.keyRepositoryStem();
        return stem.contains("/") ? stem.substring(stem.indexOf('/') + 1) : stem; //$NON-NLS-1$
    }

    /** The RACF user that owns the client's certificate: the user the client's certificate is mapped to. */
    public static String clientOwner(TlsChannelSpec spec) {
        return RacfNames.upper(spec.mappedUser());
    }

    public static String dataset(TlsChannelSpec spec, String name) {
        return RacfNames.upper(spec.datasetPrefix()) + '.' + name;
    }

    /** Whether a local CA signs (the CA is then made in RACF). */
    public static boolean localCa(TlsChannelSpec spec) {
        return TlsChannelSpec.LOCAL_CA.equals(spec.serverSigner());
    }

    /** The RACF commands, in the order the job runs them. */
    public static List<KeyRingCommand> commands(TlsChannelSpec spec, LocalDate today) {
        List<KeyRingCommand> commands = new ArrayList<>();
        String chin = spec.chinUser();
        String owner = ringOwner(spec);
        String ring = ring(spec);
        boolean ca = localCa(spec);
        if (ca) {
            commands.add(KeyRingCommand.caCertificate(caLabel(spec), spec.caDn(), spec.serverKey(), today.plusDays(CA_DAYS)));
        }
        commands.add(KeyRingCommand.certificate(chin, spec.certificateLabel(), spec.serverDn(), ca ? caLabel(spec) : "", spec.serverKey(), //$NON-NLS-1$
                today.plusDays(LEAF_DAYS), spec.host()));
        commands.add(KeyRingCommand.addRing(owner, ring));
        commands.add(KeyRingCommand.connect(owner, ring, chin, spec.certificateLabel(), "PERSONAL", true)); //$NON-NLS-1$
        if (ca) {
            commands.add(KeyRingCommand.connect(owner, ring, KeyRingCommand.CERTAUTH, caLabel(spec), "CERTAUTH", false)); //$NON-NLS-1$
            commands.add(KeyRingCommand.export(KeyRingCommand.CERTAUTH, caLabel(spec), dataset(spec, CA_DATASET), "CERTB64")); //$NON-NLS-1$
        } else {
            commands.add(KeyRingCommand.export(chin, spec.certificateLabel(), dataset(spec, QMGR_DATASET), "CERTB64")); //$NON-NLS-1$
        }
        if (spec.mutualTls() && ca) {
            // the client's key stays on the workstation: its request is signed by the CA, as in the seed
            commands.add(KeyRingCommand.signRequest(clientOwner(spec), dataset(spec, REQUEST_DATASET), spec.clientLabel(), caLabel(spec),
                    today.plusDays(LEAF_DAYS)));
            commands.add(KeyRingCommand.export(clientOwner(spec), spec.clientLabel(), dataset(spec, CLIENT_DATASET), "CERTB64")); //$NON-NLS-1$
        } else if (spec.mutualTls()) {
            // a self-signed client certificate is trusted as a CA certificate in the ring
            commands.add(KeyRingCommand.addCertificate(KeyRingCommand.CERTAUTH, dataset(spec, CLIENT_DATASET), spec.clientLabel()));
            commands.add(KeyRingCommand.connect(owner, ring, KeyRingCommand.CERTAUTH, spec.clientLabel(), "CERTAUTH", false)); //$NON-NLS-1$
        }
        commands.add(KeyRingCommand.listRing(owner, ring));
        commands.add(KeyRingCommand.refresh());
        return commands;
    }

    /** The commands as plan steps. */
    static List<KeyRingStep> steps(TlsChannelSpec spec) {
        return commands(spec, LocalDate.now(java.time.ZoneOffset.UTC)).stream().map(KeyRingStep::new).toList();
    }

    /** The client's side for a z/OS queue manager: its key is made here, so an existing keystore is not taken. */
    public static List<Finding> checkClient(TlsChannelSpec spec) {
        if (spec.mutualTls() && (spec.existingClientCertificate() || !spec.clientRepository().isEmpty())) {
            return List.of(Finding.error(EXISTING_CLIENT, "clientRepository", ZosMessages.Tls_existingClient, ZosMessages.Tls_existingClientFix)); //$NON-NLS-1$
        }
        return List.of();
    }

    /** What keeps the z/OS side from being written: names RACF does not take, an existing key repository. */
    public static List<Finding> check(TlsChannelSpec spec) {
        List<Finding> findings = new ArrayList<>();
        if (spec.existingServerCertificate() || !spec.serverRepository().isEmpty()) {
            findings.add(Finding.error(EXISTING_SERVER, "serverRepository", ZosMessages.Tls_existingServer, ZosMessages.Tls_existingServerFix)); //$NON-NLS-1$
        }
        if (spec.sslTasks() < 1 || spec.sslTasks() > 9999) {
            findings.add(Finding.error("TLS_ZOS_SSLTASKS", "SSLTASKS", ZosMessages.bind(ZosMessages.Tls_sslTasks, spec.sslTasks()), //$NON-NLS-1$ //$NON-NLS-2$
                    ZosMessages.Tls_sslTasksFix));
        }
        findings.addAll(RacfNames.userId("chinUser", spec.chinUser())); //$NON-NLS-1$
        String prefix = RacfNames.upper(spec.datasetPrefix());
        findings.addAll(RacfNames.dataset("datasetPrefix", prefix.isEmpty() ? "" : prefix + '.' + REQUEST_DATASET)); //$NON-NLS-1$ //$NON-NLS-2$
        if (Finding.hasErrors(findings)) {
            return findings;
        }
        for (KeyRingCommand command : commands(spec, LocalDate.now(java.time.ZoneOffset.UTC))) {
            for (Finding finding : command.check()) {
                if (findings.stream().noneMatch(f -> f.code().equals(finding.code()) && f.message().equals(finding.message()))) {
                    findings.add(finding);
                }
            }
        }
        findings.add(Finding.info(CHIN_RESTART, "SSLTASKS", ZosMessages.Tls_chinRestart, "")); //$NON-NLS-1$ //$NON-NLS-2$
        return findings;
    }
}
