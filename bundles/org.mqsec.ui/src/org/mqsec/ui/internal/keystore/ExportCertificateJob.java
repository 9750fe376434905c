package org.mqsec.ui.internal.keystore;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.mqsec.crypto.keystore.CertificateExport;

/** Writes a certificate to a file (PEM, or DER for .der/.cer) off the UI thread. */
final class ExportCertificateJob extends KeyRepositoryWriteJob {

    private final List<X509Certificate> chain;
    private final Path target;

    /** @param chain the entry's certificate first; .p7b files get the whole chain, others the first */
    ExportCertificateJob(List<X509Certificate> chain, Path target) {
        super(Messages.bind(Messages.Export_job, target.getFileName()));
        this.chain = chain;
        this.target = target;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".p7b") || name.endsWith(".p7c")) { //$NON-NLS-1$ //$NON-NLS-2$
                CertificateExport.writePkcs7(chain, target);
            } else if (name.endsWith(".pub")) { //$NON-NLS-1$
                CertificateExport.writeText(target, CertificateExport.publicKeyPem(chain.get(0).getPublicKey()));
            } else {
                CertificateExport.write(chain.get(0), CertificateExport.Encoding.forFileName(name), target);
            }
            return Status.OK_STATUS;
        } catch (IOException e) {
            String message = Messages.bind(Messages.Export_failed, target, e.getMessage());
            ILog.of(getClass()).error(message, e);
            Display.getDefault().asyncExec(() -> MessageDialog.openError(null, Messages.Export_title, message));
            // already shown to the user in words and logged with its cause; no second, generic dialog
            return Status.CANCEL_STATUS;
        }
    }
}
