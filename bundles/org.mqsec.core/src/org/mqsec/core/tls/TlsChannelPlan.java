package org.mqsec.core.tls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthType;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.plan.AlterQueueManager;
import org.mqsec.core.plan.Attributes;
import org.mqsec.core.plan.ChannelStep;
import org.mqsec.core.plan.ChlauthStep;
import org.mqsec.core.plan.MqscScript;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.RefreshSecurity;

/**
 * The queue manager's and the client's side of a TLS channel as text an administrator runs or
 * deploys: the MQSC script, the mqclient.ini SSL stanza and the Java/JMS settings. Secrets are never
 * written: key repository passwords appear as placeholders.
 */
public final class TlsChannelPlan {

    /** File names the artefacts are written under, so that the texts can refer to each other. */
    public static final String CLIENT_KEYSTORE = "client"; //$NON-NLS-1$
    public static final String CCDT = "ccdt.json"; //$NON-NLS-1$
    public static final String PASSWORD_PLACEHOLDER = "<key repository password>"; //$NON-NLS-1$

    private TlsChannelPlan() {
    }

    /** Who issued the client's certificate: as read from an existing one, else the local CA, or the client itself when self-signed. */
    public static String clientIssuer(TlsChannelSpec spec) {
        if (spec.existingClient() != null) {
            return spec.existingClient().issuer();
        }
        return TlsChannelSpec.LOCAL_CA.equals(spec.serverSigner()) ? spec.caDn() : spec.clientDn();
    }

    /** Who issued the queue manager's certificate. */
    public static String serverIssuer(TlsChannelSpec spec) {
        if (spec.existingServer() != null) {
            return spec.existingServer().issuer();
        }
        return TlsChannelSpec.LOCAL_CA.equals(spec.serverSigner()) ? spec.caDn() : spec.serverDn();
    }

    /** SSLPEERMAP: the client's certificate DN and issuer to the low-privilege user. */
    public static ChlauthRecord peerMapRecord(TlsChannelSpec spec) {
        return new ChlauthRecord(spec.channel(), ChlauthType.SSLPEERMAP, List.of(), List.of(), spec.clientAddress(),
                spec.clientDn(), clientIssuer(spec), "", "", "MAP", spec.mappedUser(), "ASQMGR", false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "TLS client " + spec.mappedUser(), ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The queue manager's side as a plan: ALTER QMGR SSLKEYR (and CERTLABL), DEFINE CHANNEL ... REPLACE,
     * the SSLPEERMAP record (mutual TLS) and REFRESH SECURITY TYPE(SSL), so that the key repository is
     * read again. The key repository steps are added by whoever makes the files; on z/OS the plan
     * starts with the RACF steps of {@link ZosTlsChannel} and sets SSLTASKS too.
     */
    public static Plan plan(TlsChannelSpec spec) {
        List<PlanStep> steps = new ArrayList<>();
        boolean zos = spec.platform() == QueueManagerPlatform.ZOS;
        if (zos) {
            steps.addAll(ZosTlsChannel.steps(spec));
        }
        Map<String, List<String>> qmgr = new LinkedHashMap<>(Attributes.of("SSLKEYR", spec.keyRepositoryStem())); //$NON-NLS-1$
        if (zos) {
            qmgr.put("SSLTASKS", List.of(Integer.toString(spec.sslTasks()))); //$NON-NLS-1$
        }
        if (spec.setCertificateLabel()) {
            qmgr.put("CERTLABL", List.of(spec.certificateLabel())); //$NON-NLS-1$
        }
        steps.add(new AlterQueueManager(qmgr));
        Map<String, List<String>> channel = new LinkedHashMap<>(Attributes.of("TRPTYPE", "TCP", "SSLCIPH", spec.serverCipherSpec(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "SSLCAUTH", spec.sslCauth())); //$NON-NLS-1$
        if (!spec.sslPeer().isEmpty()) {
            channel.put("SSLPEER", List.of(spec.sslPeer())); //$NON-NLS-1$
        }
        channel.putAll(Attributes.of("MCAUSER", spec.mcaUser(), "MAXINST", Integer.toString(spec.maxInstances()), //$NON-NLS-1$ //$NON-NLS-2$
                "MAXINSTC", Integer.toString(spec.maxInstancesPerClient()), "SHARECNV", Integer.toString(spec.sharingConversations()))); //$NON-NLS-1$ //$NON-NLS-2$
        if (!spec.description().isEmpty()) {
            channel.put("DESCR", List.of(spec.description())); //$NON-NLS-1$
        }
        steps.add(new ChannelStep(ChannelStep.Mode.DEFINE, spec.channel(), "SVRCONN", channel)); //$NON-NLS-1$
        if (spec.mutualTls()) {
            steps.add(new ChlauthStep(ChlauthAction.REPLACE, peerMapRecord(spec)));
        }
        steps.add(new RefreshSecurity("SSL")); //$NON-NLS-1$
        return new Plan(spec.queueManager(), spec.platform(), steps);
    }

    /** The plan as MQSC for runmqsc (72-column records on z/OS). */
    public static String mqsc(TlsChannelSpec spec) {
        MqAttribute.requireNoControlCharacter("QMNAME", spec.queueManager()); //$NON-NLS-1$
        return MqscScript.render(plan(spec), spec.platform() == QueueManagerPlatform.ZOS ? MqscScript.Layout.ZOS
                : MqscScript.Layout.MULTIPLATFORMS);
    }

    /** The client's mqclient.ini: where the CCDT is and, for C clients, the key repository and label. */
    public static String mqclientIni(TlsChannelSpec spec) {
        StringBuilder ini = new StringBuilder();
        ini.append("CHANNELS:\n   ChannelDefinitionDirectory=.\n   ChannelDefinitionFile=").append(CCDT).append('\n'); //$NON-NLS-1$
        ini.append("SSL:\n   SSLKeyRepository=").append(CLIENT_KEYSTORE).append(".p12\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (spec.mutualTls()) {
            ini.append("   CertificateLabel=").append(MqAttribute.requireNoControlCharacter("CertificateLabel", spec.clientLabel())) //$NON-NLS-1$ //$NON-NLS-2$
                    .append('\n');
        }
        ini.append("   SSLKeyRepositoryPassword=").append(PASSWORD_PLACEHOLDER).append('\n'); //$NON-NLS-1$
        return ini.toString();
    }

    /** Java/JMS: the CipherSuite IBM's classes map the client's CipherSpec to, and the JSSE key and trust stores. */
    public static String javaProperties(TlsChannelSpec spec) {
        for (String value : List.of(spec.clientCipherSpec(), spec.host(), spec.channel(), spec.queueManager())) {
            MqAttribute.requireNoControlCharacter("jms.properties", value); //$NON-NLS-1$
        }
        String suite = CipherSpecs.find(spec.clientCipherSpec()).map(CipherSpec::javaCipherSuite).orElse(""); //$NON-NLS-1$
        String type = spec.clientKeystoreFormat().toUpperCase(Locale.ROOT);
        String file = CLIENT_KEYSTORE + '.' + ("JKS".equals(type) ? "jks" : "p12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return "# IBM MQ classes for JMS: connectionFactory.setSSLCipherSuite(...), or MQEnvironment.sslCipherSuite\n" //$NON-NLS-1$
                + "# (Java names for " + spec.clientCipherSpec() + ")\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "SSLCipherSuite=" + suite + "\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "HOSTNAME=" + spec.host() + "\nPORT=" + spec.port() + "\nCHANNEL=" + spec.channel() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "\nQMGR=" + spec.queueManager() + "\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "# JSSE system properties: the client's certificate and the CA it trusts are in one file\n" //$NON-NLS-1$
                + "javax.net.ssl.keyStore=" + file + "\njavax.net.ssl.keyStoreType=" + type //$NON-NLS-1$ //$NON-NLS-2$
                + "\njavax.net.ssl.keyStorePassword=" + PASSWORD_PLACEHOLDER //$NON-NLS-1$
                + "\njavax.net.ssl.trustStore=" + file + "\njavax.net.ssl.trustStoreType=" + type //$NON-NLS-1$ //$NON-NLS-2$
                + "\njavax.net.ssl.trustStorePassword=" + PASSWORD_PLACEHOLDER + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
