package org.mqsec.ui.internal.keystore;


import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.crypto.keystore.PasswordSource;

/**
 * Passwords for a loading Job: first the one remembered in secure storage, then the user, asked on
 * the UI thread while the Job waits. A remembered password that no longer works is forgotten.
 */
public final class InteractivePasswordSource implements PasswordSource {

    private final Display display;
    private final Shell parent;
    private final java.util.function.Consumer<char[]> onAccepted;
    private boolean lastFromStorage;
    private boolean rememberRequested;

    /** @param onAccepted gets a copy of every password that opened the repository (it owns the copy) */
    public InteractivePasswordSource(Shell parent, java.util.function.Consumer<char[]> onAccepted) {
        this.parent = parent;
        this.display = parent.getDisplay();
        this.onAccepted = onAccepted;
    }

    @Override
    public char[] password(PasswordRequest request) {
        if (request.failedTries() == 0) {
            char[] remembered = RememberedPasswords.get(request.storageKey());
            if (remembered != null) {
                lastFromStorage = true;
                return remembered;
            }
        } else if (lastFromStorage) {
            RememberedPasswords.forget(request.storageKey());
        }
        boolean retry = request.failedTries() > 0 && !lastFromStorage;
        lastFromStorage = false;
        char[][] answer = new char[1][];
        if (display.isDisposed()) {
            return null;
        }
        display.syncExec(() -> {
            if (parent.isDisposed()) {
                return;
            }
            PasswordDialog dialog = new PasswordDialog(parent, request.location(), retry);
            if (dialog.open() == Window.OK) {
                answer[0] = dialog.password();
                rememberRequested = dialog.rememberChosen();
            }
        });
        return answer[0];
    }

    @Override
    public void accepted(PasswordRequest request, char[] password) {
        onAccepted.accept(password.clone());
        if (rememberRequested && !lastFromStorage) {
            RememberedPasswords.put(request.storageKey(), password);
        }
        rememberRequested = false;
    }
}
