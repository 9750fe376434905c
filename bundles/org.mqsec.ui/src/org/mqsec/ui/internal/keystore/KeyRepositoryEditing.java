package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.widgets.Shell;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.crypto.keystore.Pkcs12Profile;
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

    /** Runs a change off the UI thread with a busy cursor; returns false and tells the user if it failed. */
    boolean change(Change change) {
        return runOffUiThread(() -> {
            ensureEditable();
            change.apply(editable);
            dirty = true;
        });
    }

    /** Writes the changes back to the file (atomically, the previous version kept as .bak). */
    boolean save() {
        if (editable == null || !dirty) {
            return true;
        }
        boolean saved = runOffUiThread(() -> KeyRepositoryWriter.save(editable, location.path(), editable.format(),
                Pkcs12Profile.MODERN, sessionPassword));
        if (saved) {
            dirty = false;
        }
        return saved;
    }

    /** Writes the repository to another file, in the format its name says (.p12, .jks, .jceks, .pem). */
    boolean saveAs(Path target) {
        KeyRepositoryFormat format = formatFor(target);
        boolean saved = runOffUiThread(() -> {
            ensureEditable();
            KeyRepositoryWriter.save(editable, target, format == null ? editable.format() : format,
                    Pkcs12Profile.MODERN, sessionPassword);
        });
        if (saved) {
            location = new FileKeyRepositoryLocation(target);
            editable = null;
            dirty = false;
        }
        return saved;
    }

    /** How a password change ended: not written, written, or written with the stash file next to it too. */
    enum PasswordChange {
        FAILED, WRITTEN, WRITTEN_WITH_STASH
    }

    /**
     * Writes the repository (with any unsaved changes) under a new password at once, updates an
     * existing stash file next to it, and keeps the new password for this session. Takes the array.
     */
    PasswordChange changePassword(char[] newPassword) {
        boolean[] stashed = { false };
        boolean saved = runOffUiThread(() -> {
            ensureEditable();
            KeyRepositoryWriter.save(editable, location.path(), editable.format(), Pkcs12Profile.MODERN, newPassword);
            java.nio.file.Path stash = org.mqsec.crypto.keystore.StashFile.besides(location.path());
            if (java.nio.file.Files.exists(stash)) {
                try {
                    org.mqsec.crypto.keystore.StashFile.write(stash, newPassword);
                    stashed[0] = true;
                } catch (java.io.IOException e) {
                    throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED, e.getMessage(), "", e); //$NON-NLS-1$
                }
            }
        });
        if (saved) {
            remember(newPassword);
            RememberedPasswords.forget(location.storageKey());
            dirty = false;
        } else {
            Arrays.fill(newPassword, '\0');
        }
        return !saved ? PasswordChange.FAILED : stashed[0] ? PasswordChange.WRITTEN_WITH_STASH : PasswordChange.WRITTEN;
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
