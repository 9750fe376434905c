package org.mqsec.crypto.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanFile;
import org.mqsec.core.tls.TlsChannelPlan;
import org.mqsec.core.tls.TlsChannelSpec;
import org.mqsec.core.tls.ZosTlsChannel;
import org.mqsec.core.zos.RacfJob;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateRequests;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.AtomicFileSet;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.Pkcs12Profile;

/**
 * Both ends of a TLS channel to a z/OS queue manager: the RACF job that makes the CA, the queue
 * manager's certificate and its key ring ({@link ZosTlsChannel}), the MQSC in z/OS records, and the
 * client's keystore. The client's key is made here and never leaves: with a CA in RACF its request
 * ({@value #CLIENT_REQUEST}) is uploaded, signed by the job and downloaded back, and
 * {@value #FINISH} puts the signed certificate and the CA into the keystore; as in seed 000.
 */
final class ZosEnd {

    static final String JOB = "racf.jcl"; //$NON-NLS-1$
    static final String NEXT_STEPS = "next-steps.txt"; //$NON-NLS-1$
    static final String CLIENT_REQUEST = "client.csr"; //$NON-NLS-1$
    static final String CLIENT_CERTIFICATE = "client-certificate.pem"; //$NON-NLS-1$
    static final String FINISH = "finish.sh"; //$NON-NLS-1$
    /** What the CA (or the queue manager's self-signed certificate) is downloaded as, and the client's signed certificate. */
    static final String DOWNLOADED_CA = "ca.pem"; //$NON-NLS-1$
    static final String DOWNLOADED_CLIENT = "client.crt"; //$NON-NLS-1$

    private ZosEnd() {
    }

    static List<Path> write(TlsChannelSpec spec, Path folder, char[] password, SecureRandom random,
            String jobCard) throws GeneralSecurityException, IOException, KeyRepositoryException {
        AtomicFileSet files = new AtomicFileSet();
        Path serverFolder = folder.resolve(TlsChannelArtefacts.SERVER_FOLDER);
        Path clientFolder = folder.resolve(TlsChannelArtefacts.CLIENT_FOLDER);
        Plan plan = TlsChannelPlan.plan(spec);
        files.text(serverFolder.resolve(JOB), job(plan, spec, jobCard));
        files.text(serverFolder.resolve("qmgr.mqsc"), TlsChannelPlan.mqsc(spec)); //$NON-NLS-1$
        files.text(serverFolder.resolve(TlsChannelArtefacts.QMGR_PLAN), PlanFile.write(plan));

        KeyRepositoryFormat format = "jks".equalsIgnoreCase(spec.clientKeystoreFormat()) ? KeyRepositoryFormat.JKS : KeyRepositoryFormat.PKCS12; //$NON-NLS-1$
        EditableKeyRepository client = new EditableKeyRepository(format);
        boolean ca = ZosTlsChannel.localCa(spec);
        if (spec.mutualTls()) {
            KeyAlgorithm key = KeyAlgorithm.fromId(spec.clientKey()).orElseThrow();
            KeyPair pair = key.generate(random);
            X509Certificate selfSigned = new CertificateIssuer(random).selfSigned(pair, TlsChannelArtefacts.template(spec.clientDn(), List.of(),
                    CertificateProfile.TLS_CLIENT, TlsChannelArtefacts.LEAF_DAYS, key));
            client.add(new EditableKeyRepository.KeyEntry(spec.clientLabel(), pair.getPrivate(), List.of(selfSigned)));
            if (ca) {
                files.text(clientFolder.resolve(CLIENT_REQUEST), CertificateRequests.pem(CertificateRequests.create(pair,
                        DistinguishedName.parse(spec.clientDn()).name(), List.of(), key.defaultHash())));
            } else {
                files.text(clientFolder.resolve(CLIENT_CERTIFICATE), CertificateExport.pemChain(List.of(selfSigned)));
            }
        }
        Path store = clientFolder.resolve(TlsChannelPlan.CLIENT_KEYSTORE + (format == KeyRepositoryFormat.JKS ? ".jks" : ".p12")); //$NON-NLS-1$ //$NON-NLS-2$
        files.add(store, KeyRepositoryWriter.encode(client, format, Pkcs12Profile.MODERN, password));
        files.text(clientFolder.resolve(FINISH), finish(spec, store.getFileName().toString(), format));
        files.text(clientFolder.resolve(TlsChannelPlan.CCDT), TlsChannelArtefacts.ccdt(spec));
        files.text(clientFolder.resolve("mqclient.ini"), TlsChannelPlan.mqclientIni(spec)); //$NON-NLS-1$
        files.text(clientFolder.resolve("jms.properties"), TlsChannelPlan.javaProperties(spec)); //$NON-NLS-1$
        files.text(serverFolder.resolve(NEXT_STEPS), nextSteps(spec));
        files.text(folder.resolve(TlsChannelArtefacts.PLAN), TlsChannelArtefacts.GSON.toJson(spec) + "\n"); //$NON-NLS-1$
        return files.write();
    }

    static String job(TlsChannelSpec spec, String jobCard) {
        return job(TlsChannelPlan.plan(spec), spec, jobCard);
    }

    private static String job(Plan plan, TlsChannelSpec spec, String jobCard) {
        return RacfJob.write(jobCard, Messages.bind(Messages.Zos_jobTitle, spec.queueManager(), ZosTlsChannel.ring(spec)), RacfJob.racdcert(plan, null));
    }

    /** The client's keystore completed after the job: the CA (or the queue manager's certificate) trusted, the signed certificate received. */
    static String finish(TlsChannelSpec spec, String store, KeyRepositoryFormat format) {
        String password = "--password-env " + CommandEquivalents.PASSWORD_VARIABLE; //$NON-NLS-1$
        String type = format == KeyRepositoryFormat.JKS ? " --type jks" : ""; //$NON-NLS-1$ //$NON-NLS-2$
        boolean ca = ZosTlsChannel.localCa(spec);
        List<String> commands = new ArrayList<>();
        commands.add("export " + CommandEquivalents.PASSWORD_VARIABLE); //$NON-NLS-1$
        commands.add(String.join(" ", "mqsec keystore import", store, "--certificates", DOWNLOADED_CA, "--alias", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                CommandEquivalents.quote(ca ? ZosTlsChannel.caLabel(spec).toLowerCase(java.util.Locale.ROOT) : spec.certificateLabel().toLowerCase(java.util.Locale.ROOT)),
                password) + type);
        if (spec.mutualTls() && ca) {
            commands.add(String.join(" ", "mqsec keystore receive", store, "--reply", DOWNLOADED_CLIENT, password) + type); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        List<String> purpose = new ArrayList<>();
        purpose.add(Messages.Zos_finishPurpose);
        purpose.add(Messages.bind(Messages.Zos_finishDownload, ZosTlsChannel.dataset(spec, ca ? ZosTlsChannel.CA_DATASET : ZosTlsChannel.QMGR_DATASET),
                DOWNLOADED_CA));
        if (spec.mutualTls() && ca) {
            purpose.add(Messages.bind(Messages.Zos_finishDownload, ZosTlsChannel.dataset(spec, ZosTlsChannel.CLIENT_DATASET), DOWNLOADED_CLIENT));
        }
        return CommandEquivalents.script(purpose, commands);
    }

    /** What the administrator does, in order, on both sides. */
    static String nextSteps(TlsChannelSpec spec) {
        boolean ca = ZosTlsChannel.localCa(spec);
        List<String> steps = new ArrayList<>();
        if (spec.mutualTls() && ca) {
            steps.add(Messages.bind(Messages.Zos_stepUploadRequest, TlsChannelArtefacts.CLIENT_FOLDER + '/' + CLIENT_REQUEST,
                    ZosTlsChannel.dataset(spec, ZosTlsChannel.REQUEST_DATASET)));
        } else if (spec.mutualTls()) {
            steps.add(Messages.bind(Messages.Zos_stepUploadCertificate, TlsChannelArtefacts.CLIENT_FOLDER + '/' + CLIENT_CERTIFICATE,
                    ZosTlsChannel.dataset(spec, ZosTlsChannel.CLIENT_DATASET)));
        }
        steps.add(Messages.bind(Messages.Zos_stepSubmit, new Object[] { JOB, ZosTlsChannel.ringOwner(spec), ZosTlsChannel.ring(spec) }));
        steps.add(Messages.bind(Messages.Zos_stepMqsc, spec.queueManager()));
        steps.add(Messages.bind(Messages.Zos_stepChin, spec.sslTasks()));
        steps.add(Messages.bind(Messages.Zos_stepDownload, ZosTlsChannel.dataset(spec, ca ? ZosTlsChannel.CA_DATASET : ZosTlsChannel.QMGR_DATASET),
                TlsChannelArtefacts.CLIENT_FOLDER + '/' + DOWNLOADED_CA));
        if (spec.mutualTls() && ca) {
            steps.add(Messages.bind(Messages.Zos_stepDownload, ZosTlsChannel.dataset(spec, ZosTlsChannel.CLIENT_DATASET),
                    TlsChannelArtefacts.CLIENT_FOLDER + '/' + DOWNLOADED_CLIENT));
        }
        steps.add(Messages.bind(Messages.Zos_stepFinish, TlsChannelArtefacts.CLIENT_FOLDER + '/' + FINISH));
        StringBuilder text = new StringBuilder(Messages.bind(Messages.Zos_stepsTitle, spec.queueManager())).append("\n\n"); //$NON-NLS-1$
        for (int i = 0; i < steps.size(); i++) {
            text.append(i + 1).append(". ").append(steps.get(i)).append('\n'); //$NON-NLS-1$
        }
        return text.toString();
    }
}
