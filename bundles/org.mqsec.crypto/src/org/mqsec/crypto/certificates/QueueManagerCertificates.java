package org.mqsec.crypto.certificates;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.report.CertificateUse;
import org.mqsec.core.report.SecurityReport;
import org.mqsec.core.tls.CertificateKeyType;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;

/**
 * The certificates of a queue manager's key repository with what presents each: the queue manager
 * (the certificate under its CERTLABL, or the default label ibmwebspheremq + its name) and channels
 * with a CERTLABL of their own. Labels are compared without case, as GSKit compares them.
 */
public final class QueueManagerCertificates {

    private QueueManagerCertificates() {
    }

    private static CertificateKeyType keyType(X509Certificate certificate) {
        String algorithm = certificate.getPublicKey().getAlgorithm();
        return "RSA".equals(algorithm) ? CertificateKeyType.RSA : "EC".equals(algorithm) ? CertificateKeyType.EC : CertificateKeyType.EITHER; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static List<CertificateUse> of(KeyRepository repository, QueueManagerState state) {
        String queueManagerLabel = SecurityReport.certificateLabel(state);
        List<CertificateUse> uses = new ArrayList<>();
        for (KeyRepositoryEntry entry : repository.entries()) {
            if (entry.certificate().isEmpty()) {
                continue;
            }
            X509Certificate certificate = entry.certificate().get();
            boolean personal = entry.kind() == EntryKind.PERSONAL;
            List<String> usedBy = new ArrayList<>();
            if (personal && entry.alias().equalsIgnoreCase(queueManagerLabel)) {
                usedBy.add(Messages.bind(Messages.Report_usedByQueueManager, state.name()));
            }
            for (MqObject channel : state.channels()) {
                if (personal && entry.alias().equalsIgnoreCase(channel.valueOr("CERTLABL", "").strip())) { //$NON-NLS-1$ //$NON-NLS-2$
                    usedBy.add(Messages.bind(Messages.Report_usedByChannel, channel.name()));
                }
            }
            uses.add(new CertificateUse(entry.alias(), CertificateNames.amsPolicyDn(certificate.getSubjectX500Principal()),
                    CertificateNames.amsPolicyDn(certificate.getIssuerX500Principal()), certificate.getNotAfter().toInstant(), personal,
                    keyType(certificate), usedBy));
        }
        return uses;
    }
}
