package org.mqsec.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * File and crypto work started from a click: run off the UI thread with a busy cursor (a progress
 * dialog if it takes long), and a failure told in words, with its advice, never as a stack trace.
 */
public final class BusyWork {

    /** Work that may fail; runs in a background thread. */
    public interface Work {
        void run() throws Exception;
    }

    private BusyWork() {
    }

    /** @return whether the work succeeded; if not, the user has been told why */
    public static boolean run(Shell shell, String title, Work work) {
        Exception failure = attempt(work);
        if (failure != null) {
            MessageDialog.openError(shell, title, describe(failure));
            return false;
        }
        return true;
    }

    /**
     * Runs the work off the UI thread with a busy cursor and hands back its failure, untold, for a
     * caller that reacts to some failures itself; null when it succeeded or was interrupted.
     */
    public static Exception attempt(Work work) {
        Exception[] failure = new Exception[1];
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                try {
                    work.run();
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
        } catch (InvocationTargetException e) {
            failure[0] = e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return failure[0];
    }

    /** The message, and for key repository problems the advice on its own paragraph. */
    public static String describe(Exception failure) {
        if (failure instanceof KeyRepositoryException problem && !problem.advice().isEmpty()) {
            return problem.getMessage() + "\n\n" + problem.advice(); //$NON-NLS-1$
        }
        return String.valueOf(failure.getMessage());
    }
}
