package org.mqsec.ui.internal.tls;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.tls.ExistingIdentity;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.tls.ExistingKeyRepository;
import org.mqsec.ui.KeyRepositoryJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * "Use an existing key repository" on the identity pages: the file, its password and Read, which
 * reads it in a Job (the certificate under the page's label) and hands what was read to the page.
 * Changing the file or turning the option off forgets what was read, so the plan never uses a stale
 * certificate; the rules say "not read" until Read succeeds. Turning it off also gives the subject
 * field back what it held before the read.
 */
final class ExistingRepositoryGroup {

    private final SpecPage page;
    private final String prefix;
    private final Consumer<String> path;
    private final Supplier<String> label;
    private final Consumer<ExistingKeyRepository> model;
    private final Text subject;
    private final Control[] newCertificateFields;
    private Button existing;
    private Text file;
    private Text password;
    private Button browse;
    private Button read;
    private Label status;
    /** The subject the page held before a read replaced it; shown again when the option is turned off. */
    private String subjectBeforeRead;

    /**
     * @param path                where the model keeps the file ("" when a new repository is made)
     * @param label               the label to read the certificate under
     * @param model               where the model keeps what was read (null: nothing, or no longer)
     * @param subject             the page's subject field, which shows the certificate's subject once read
     * @param newCertificateFields fields that apply only to a new certificate, disabled while the option is on
     */
    ExistingRepositoryGroup(SpecPage page, String prefix, Consumer<String> path, Supplier<String> label,
            Consumer<ExistingKeyRepository> model, Text subject, Control... newCertificateFields) {
        this.page = page;
        this.prefix = prefix;
        this.path = path;
        this.label = label;
        this.model = model;
        this.subject = subject;
        this.newCertificateFields = newCertificateFields;
    }

    /** Adds the fields below the page's; changing {@code labelField} forgets what was read. */
    void create(Composite body, Text labelField) {
        labelField.addListener(SWT.Modify, e -> forget());
        new Label(body, SWT.NONE);
        existing = WidgetKeys.name(new Button(body, SWT.CHECK), prefix + ".existing"); //$NON-NLS-1$
        existing.setText(Messages.Existing_use);
        existing.addListener(SWT.Selection, e -> changed());

        new Label(body, SWT.NONE).setText(Messages.Existing_file);
        Composite row = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        file = WidgetKeys.name(new Text(row, SWT.BORDER), prefix + ".repository"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(file);
        file.addListener(SWT.Modify, e -> changed());
        browse = new Button(row, SWT.PUSH);
        browse.setText(Messages.Existing_browse);
        browse.addListener(SWT.Selection, e -> {
            Path chosen = FileChoosers.chooseOne(body.getShell(),
                    FileChoosers.Request.open(Messages.Existing_browseTitle, "*.p12;*.pfx;*.kdb;*.jks;*.jceks;*.pem", "*")); //$NON-NLS-1$ //$NON-NLS-2$
            if (chosen != null) {
                file.setText(chosen.toString());
            }
        });

        new Label(body, SWT.NONE).setText(Messages.Existing_password);
        Composite passwordRow = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(passwordRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(passwordRow);
        password = WidgetKeys.name(new Text(passwordRow, SWT.BORDER | SWT.PASSWORD), prefix + ".repositoryPassword"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        password.addListener(SWT.Modify, e -> forget());
        read = WidgetKeys.name(new Button(passwordRow, SWT.PUSH), prefix + ".read"); //$NON-NLS-1$
        read.setText(Messages.Existing_read);
        read.addListener(SWT.Selection, e -> read());

        new Label(body, SWT.NONE);
        status = WidgetKeys.name(new Label(body, SWT.WRAP), prefix + ".readStatus"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(status);
        changed();
    }

    private void changed() {
        boolean on = existing.getSelection();
        for (Control control : new Control[] { file, browse, password, read }) {
            control.setEnabled(on);
        }
        subject.setEnabled(!on);
        for (Control control : newCertificateFields) {
            control.setEnabled(!on);
        }
        path.accept(on ? file.getText().strip() : ""); //$NON-NLS-1$
        if (!on && subjectBeforeRead != null) {
            subject.setText(subjectBeforeRead); // a new certificate again: not the DN of the one that was read
            subjectBeforeRead = null;
        }
        forget();
    }

    /** What was read no longer stands: the file, its password or the label changed. */
    private void forget() {
        if (status == null) {
            return;
        }
        model.accept(null);
        status.setText(existing.getSelection() ? Messages.Existing_notRead : ""); //$NON-NLS-1$
        page.update();
    }

    private void read() {
        Path chosen = Path.of(file.getText().strip());
        String alias = label.get();
        char[] secret = password.getTextChars();
        org.eclipse.swt.widgets.Display display = status.getDisplay();
        read.setEnabled(false);
        status.setText(Messages.Existing_reading);
        Job job = new Job(Messages.Existing_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ExistingKeyRepository repository = null;
                String problem = null;
                try {
                    repository = ExistingKeyRepository.read(chosen, alias, request -> request.failedTries() == 0 ? secret.clone() : null, monitor);
                } catch (KeyRepositoryException e) {
                    problem = e.getMessage() + (e.advice().isEmpty() ? "" : ' ' + e.advice()); //$NON-NLS-1$
                } finally {
                    Arrays.fill(secret, '\0');
                }
                ExistingKeyRepository result = repository;
                String failure = problem;
                if (!display.isDisposed()) {
                    display.asyncExec(() -> shown(result, failure));
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == KeyRepositoryJobs.OPEN;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void shown(ExistingKeyRepository repository, String problem) {
        if (status.isDisposed()) {
            return;
        }
        read.setEnabled(existing.getSelection());
        if (repository == null) {
            model.accept(null);
            status.setText(problem);
        } else {
            model.accept(repository);
            ExistingIdentity identity = repository.identity();
            if (subjectBeforeRead == null) {
                subjectBeforeRead = subject.getText();
            }
            subject.setText(identity.subject()); // the rules, SSLPEER and the CCDT follow the certificate's DN
            status.setText(Messages.bind(Messages.Existing_readOk, new Object[] { identity.label(), identity.subject(), identity.issuer(),
                    identity.keyType() + " " + identity.keySize() })); //$NON-NLS-1$
        }
        status.getParent().layout(true, true);
        page.update();
    }
}
