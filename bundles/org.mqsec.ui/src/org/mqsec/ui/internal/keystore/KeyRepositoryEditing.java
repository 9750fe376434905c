package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.crypto.operations.ChangePasswordOperation;
import org.mqsec.crypto.operations.KeyRepositoryOperation;
import org.mqsec.crypto.operations.SaveKeyRepositoryOperation;
import org.mqsec.ui.KeyRepositoryJobs;
import org.mqsec.ui.internal.KeyRepositoryWork;

/**
 * The editor's changes to a key repository file: the repository with its keys (read when the first
 * change is made), whether it is changed, and the password that opened it, kept only while the
 * editor is open so that saving does not ask again. Every read, operation and write is a
 * {@link KeyRepositoryWork} Job (families {@link KeyRepositoryJobs#OPEN} and
 * {@link KeyRepositoryJobs#WRITE}): the UI thread only waits, dispatching events.
 */
final class KeyRepositoryEditing {

    private final Shell shell;
    private FileKeyRepositoryLocation location;
    private char[] sessionPassword;
    private EditableKeyRepository editable;
    private boolean dirty;

    KeyRepositoryEditing(Shell shell, FileKeyRepositoryLocation location) {
        this.shell = shell;
        this.location = location;
    }

    FileKeyRepositoryLocation location() {
        return location;
    }

    /** The password source for this editor: the session's password first, then the user. */
    PasswordSource passwords() {
        InteractivePasswordSource interactive = new InteractivePasswordSource(shell, this::remember);
        return new PasswordSource() {
            @Override
            public char[] password(PasswordRequest request) {
                if (request.failedTries() == 0 && sessionPassword != null) {
                    return sessionPassword.clone();
                }
                return interactive.password(request);
            }

            @Override
            public void accepted(PasswordRequest request, char[] password) {
                interactive.accepted(request, password);
            }
        };
    }

    /** Takes over a password known to open the repository (the array is the session's now). */
    void remember(char[] password) {
        clearPassword();
        sessionPassword = password;
    }

    boolean isDirty() {
        return dirty;
    }

    /** The listing of the changed repository, or null when nothing was changed. */
    KeyRepository changedView() {
        return editable == null ? null : editable.view(location.description(), editable.format());
    }

    /** Reads the repository with its keys unless already read; runs in a Job's thread. */
    private void ensureEditable(IProgressMonitor monitor) throws KeyRepositoryException {
        if (editable == null) {
            editable = EditableKeyRepository.open(location, passwords(), monitor);
        }
    }

    /** Reads the keys (in a Job) so that wizards and operations can use them; false if that failed (the user was told). */
    boolean prepare() {
        if (editable != null) {
            return true;
        }
        return new KeyRepositoryWork<>(Messages.bind(Messages.Editing_readingJob, location.name()), KeyRepositoryJobs.OPEN,
                monitor -> {
                    ensureEditable(monitor);
                    return editable;
                }).runAndWait(shell).succeeded();
    }

    /** The repository with its keys, after {@link #prepare()}. */
    EditableKeyRepository editable() {
        return editable;
    }

    /**
     * Runs an operation built on {@link #editable()} (after {@link #prepare()}) in a Job and waits for
     * it; its warnings are shown after it. A failed or cancelled operation leaves the repository as it
     * was, so that no half-done import is saved later; one that succeeded marks the editor dirty when
     * {@code changesRepository}.
     */
    <R> KeyRepositoryWork.Outcome<R> run(String title, KeyRepositoryOperation<R> operation, boolean changesRepository) {
        List<Finding> warnings = operation.warnings();
        KeyRepositoryWork.Outcome<R> outcome = KeyRepositoryWork.of(title, KeyRepositoryJobs.WRITE, operation)
                .runAndWait(shell);
        if (outcome.succeeded()) {
            dirty |= changesRepository;
            if (!warnings.isEmpty()) {
                MessageDialog.openWarning(shell, title, KeyRepositoryWork.warnings(warnings));
            }
        }
        return outcome;
    }

    /** How a save ended. */
    enum SaveOutcome {
        SAVED,
        /** Not written; the changes are still there to save. */
        NOT_SAVED,
        /** The file had changed on disk and the user chose to drop the changes and read it again. */
        DISCARDED
    }

    /**
     * Writes the changes back to the file (atomically, keeping owner, mode and the previous version
     * as .bak, with the protection it was read with). If the file changed on disk since it was read,
     * asks whether to overwrite that change or reload the file.
     */
    SaveOutcome save() {
        if (editable == null || !dirty) {
            return SaveOutcome.SAVED;
        }
        if (editable.format() == KeyRepositoryFormat.CMS && editable.cmsProfile().needsUpgrade()) {
            if (!MessageDialog.openQuestion(shell, Messages.Editing_cmsUpgradeTitle, Messages.bind(Messages.Editing_cmsUpgrade, location.name()))) {
                return SaveOutcome.NOT_SAVED;
            }
            editable.upgradeCms();
        }
        KeyRepositoryWork.Outcome<Path> written = write(KeyRepositoryWriter.SaveOptions.DEFAULT);
        if (written.failure() != null && written.failure().problem() == KeyRepositoryException.Problem.CHANGED_ON_DISK) {
            int choice = new MessageDialog(shell, Messages.Editing_changedOnDiskTitle, null,
                    Messages.bind(Messages.Editing_changedOnDisk, location.description()), MessageDialog.WARNING, 2,
                    Messages.Editing_overwrite, Messages.Editing_reload, IDialogConstants.CANCEL_LABEL).open();
            if (choice == 1) {
                editable = null;
                dirty = false;
                return SaveOutcome.DISCARDED;
            }
            if (choice != 0) {
                return SaveOutcome.NOT_SAVED;
            }
            written = write(new KeyRepositoryWriter.SaveOptions(true, true));
        }
        if (written.failure() != null) {
            MessageDialog.openError(shell, Messages.Editing_failedTitle, KeyRepositoryWork.describe(written.failure()));
        }
        if (!written.succeeded()) {
            return SaveOutcome.NOT_SAVED;
        }
        dirty = false;
        return SaveOutcome.SAVED;
    }

    /** Saves in a Job; failures are the caller's to tell, since a change on disk is asked about instead. */
    private KeyRepositoryWork.Outcome<Path> write(KeyRepositoryWriter.SaveOptions options) {
        SaveKeyRepositoryOperation save = new SaveKeyRepositoryOperation(editable, location.path(), null, null,
                sessionPassword, options);
        return KeyRepositoryWork.of(Messages.bind(Messages.Editing_savingJob, location.name()), KeyRepositoryJobs.WRITE,
                save).runAndWait(shell, false);
    }

    /** What a save will write, for PKCS#12 the protection profile it keeps; null before any change. */
    String saveWrites() {
        return editable == null || editable.format() != KeyRepositoryFormat.PKCS12 ? null
                : editable.profile().description();
    }

    /** Writes the repository to another file, in the format its name says (.p12, .kdb, .jks, .jceks, .pem). */
    boolean saveAs(Path target) {
        KeyRepositoryFormat format = formatFor(target);
        boolean saved = new KeyRepositoryWork<>(Messages.bind(Messages.Editing_savingJob, target.getFileName()),
                KeyRepositoryJobs.WRITE, monitor -> {
                    ensureEditable(monitor);
                    return new SaveKeyRepositoryOperation(editable, target, format, null, sessionPassword,
                            KeyRepositoryWriter.SaveOptions.DEFAULT).run(monitor);
                }).runAndWait(shell).succeeded();
        if (saved) {
            location = new FileKeyRepositoryLocation(target);
            editable = null;
            dirty = false;
        }
        return saved;
    }

    /**
     * Writes the repository (with any unsaved changes) under a new password at once, updates an
     * existing stash file next to it, removes the backup that the old password protects (or keeps
     * the previous version re-encrypted, if asked), and keeps the new password for this session.
     * Takes the array.
     *
     * @return what was done to the files beside the repository, or null if nothing was written
     */
    ChangePasswordOperation.Result changePassword(char[] newPassword, boolean keepBackup) {
        KeyRepositoryWork.Outcome<ChangePasswordOperation.Result> changed = new KeyRepositoryWork<>(
                Messages.bind(Messages.Editing_savingJob, location.name()), KeyRepositoryJobs.WRITE, monitor -> {
                    ensureEditable(monitor);
                    return new ChangePasswordOperation(editable, location.path(), sessionPassword, newPassword, false,
                            keepBackup).run(monitor);
                }).runAndWait(shell);
        if (changed.succeeded()) {
            remember(newPassword);
            RememberedPasswords.forget(location.storageKey());
            dirty = false;
            return changed.value();
        }
        Arrays.fill(newPassword, '\0');
        return null;
    }

    static KeyRepositoryFormat formatFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".p12") || name.endsWith(".pfx")) { //$NON-NLS-1$ //$NON-NLS-2$
            return KeyRepositoryFormat.PKCS12;
        }
        if (name.endsWith(".jks")) { //$NON-NLS-1$
            return KeyRepositoryFormat.JKS;
        }
        if (name.endsWith(".jceks")) { //$NON-NLS-1$
            return KeyRepositoryFormat.JCEKS;
        }
        if (name.endsWith(".kdb")) { //$NON-NLS-1$
            return KeyRepositoryFormat.CMS;
        }
        return name.endsWith(".pem") ? KeyRepositoryFormat.PEM : null; //$NON-NLS-1$
    }

    void dispose() {
        clearPassword();
        editable = null;
    }

    private void clearPassword() {
        if (sessionPassword != null) {
            Arrays.fill(sessionPassword, '\0');
            sessionPassword = null;
        }
    }
}
