package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.crypto.keystore.PasswordChangeOperation;
import org.mqsec.ui.internal.BusyWork;

/**
 * The editor's changes to a key repository file: the repository with its keys (read when the first
 * change is made), whether it is changed, and the password that opened it, kept only while the
 * editor is open so that saving does not ask again. File work runs off the UI thread.
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

    /** Applies a change; reads the keys first (in the calling thread, which is never the UI thread). */
    interface Change {
        void apply(EditableKeyRepository repository) throws KeyRepositoryException;
    }

    /** Reads the repository with its keys unless already read; call from a Job or busy-cursor runnable. */
    void ensureEditable() throws KeyRepositoryException {
        if (editable == null) {
            editable = EditableKeyRepository.open(location, passwords(), null);
        }
    }

    /** Reads the keys (busy cursor) so that wizards can use them; false if that failed (the user was told). */
    boolean prepare() {
        return runOffUiThread(this::ensureEditable);
    }

    /** The repository with its keys, after {@link #prepare()}. */
    EditableKeyRepository editable() {
        return editable;
    }

    /**
     * Runs a change off the UI thread with a busy cursor; returns false and tells the user if it
     * failed, in which case the repository is as it was before (no half-done import to save later).
     */
    boolean change(Change change) {
        return runOffUiThread(() -> {
            ensureEditable();
            editable.atomically(repository -> {
                change.apply(repository);
                return null;
            });
            dirty = true;
        });
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
        Exception failure = BusyWork.attempt(() -> write(KeyRepositoryWriter.SaveOptions.DEFAULT));
        if (failure instanceof KeyRepositoryException problem
                && problem.problem() == KeyRepositoryException.Problem.CHANGED_ON_DISK) {
            int choice = new MessageDialog(shell, Messages.Editing_changedOnDiskTitle, null,
                    Messages.bind(Messages.Editing_changedOnDisk, location.description()), MessageDialog.WARNING, 2,
                    Messages.Editing_overwrite, Messages.Editing_reload, IDialogConstants.CANCEL_LABEL).open();
            if (choice == 1) {
                editable = null;
                dirty = false;
                return SaveOutcome.DISCARDED;
            }
            failure = choice == 0 ? BusyWork.attempt(() -> write(new KeyRepositoryWriter.SaveOptions(true, true)))
                    : problem;
            if (choice != 0) {
                return SaveOutcome.NOT_SAVED;
            }
        }
        if (failure != null) {
            MessageDialog.openError(shell, Messages.Editing_failedTitle, BusyWork.describe(failure));
            return SaveOutcome.NOT_SAVED;
        }
        dirty = false;
        return SaveOutcome.SAVED;
    }

    private void write(KeyRepositoryWriter.SaveOptions options) throws KeyRepositoryException {
        KeyRepositoryWriter.save(editable, location.path(), editable.format(), editable.profile(), sessionPassword,
                options);
    }

    /** What a save will write, for PKCS#12 the protection profile it keeps; null before any change. */
    String saveWrites() {
        return editable == null || editable.format() != KeyRepositoryFormat.PKCS12 ? null
                : editable.profile().description();
    }

    /** Writes the repository to another file, in the format its name says (.p12, .jks, .jceks, .pem). */
    boolean saveAs(Path target) {
        KeyRepositoryFormat format = formatFor(target);
        boolean saved = runOffUiThread(() -> {
            ensureEditable();
            KeyRepositoryWriter.save(editable, target, format == null ? editable.format() : format,
                    editable.profile(), sessionPassword);
        });
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
    PasswordChangeOperation.Result changePassword(char[] newPassword, boolean keepBackup) {
        PasswordChangeOperation.Result[] result = new PasswordChangeOperation.Result[1];
        boolean saved = runOffUiThread(() -> {
            ensureEditable();
            result[0] = new PasswordChangeOperation(editable, location.path(), false, keepBackup).run(sessionPassword,
                    newPassword, null);
        });
        if (saved) {
            remember(newPassword);
            RememberedPasswords.forget(location.storageKey());
            dirty = false;
        } else {
            Arrays.fill(newPassword, '\0');
        }
        return saved ? result[0] : null;
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
        return name.endsWith(".pem") ? KeyRepositoryFormat.PEM : null; //$NON-NLS-1$
    }

    private interface Work {
        void run() throws KeyRepositoryException;
    }

    private boolean runOffUiThread(Work work) {
        return BusyWork.run(shell, Messages.Editing_failedTitle, work::run);
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
