package org.mqsec.ui.internal.keystore;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.ui.KeyRepositoryJobs;

/** Writes a certificate to a file (PEM, or DER for .der/.cer) off the UI thread. */
final class ExportCertificateJob extends Job {

    private final X509Certificate certificate;
    private final Path target;

    ExportCertificateJob(X509Certificate certificate, Path target) {
        super(Messages.bind(Messages.Export_job, target.getFileName()));
        this.certificate = certificate;
        this.target = target;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            CertificateExport.write(certificate, CertificateExport.Encoding.forFileName(target.toString()), target);
            return Status.OK_STATUS;
        } catch (IOException e) {
            String message = Messages.bind(Messages.Export_failed, target, e.getMessage());
            ILog.of(getClass()).error(message, e);
            Display.getDefault().asyncExec(() -> MessageDialog.openError(null, Messages.Export_title, message));
            // already shown to the user in words and logged with its cause; no second, generic dialog
            return Status.CANCEL_STATUS;
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == KeyRepositoryJobs.WRITE;
    }
}
