package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;

/** Opens key repository files in editors: from the menu, a drop, or the product's command line. */
public final class KeyRepositoryEditors {

    public static final String EDITOR_ID = "org.mqsec.ui.keyRepositoryEditor"; //$NON-NLS-1$
    private static final String PLUGIN_ID = "org.mqsec.ui"; //$NON-NLS-1$

    private KeyRepositoryEditors() {
    }

    /** Opens (or brings to front, if already open) the editor for a file. Loading happens in a Job. */
    public static IEditorPart open(IWorkbenchPage page, Path file) {
        try {
            return page.openEditor(new KeyRepositoryEditorInput(new FileKeyRepositoryLocation(file)), EDITOR_ID);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(new Status(IStatus.ERROR, PLUGIN_ID,
                    Messages.bind(Messages.Editor_openFailed, file), e), StatusManager.SHOW | StatusManager.LOG);
            return null;
        }
    }

    /**
     * Opens a repository whose password the caller already has (a file the workbench just created),
     * so the user is not asked for it again. The editor takes over the array.
     */
    public static IEditorPart open(IWorkbenchPage page, Path file, char[] password) {
        try {
            return page.openEditor(new KeyRepositoryEditorInput(new FileKeyRepositoryLocation(file), password),
                    EDITOR_ID);
        } catch (PartInitException e) {
            java.util.Arrays.fill(password, '\0');
            StatusManager.getManager().handle(new Status(IStatus.ERROR, PLUGIN_ID,
                    Messages.bind(Messages.Editor_openFailed, file), e), StatusManager.SHOW | StatusManager.LOG);
            return null;
        }
    }

    public static void openAll(IWorkbenchPage page, List<Path> files) {
        for (Path file : files) {
            open(page, file);
        }
    }

    /**
     * The file arguments of the product's command line: everything that is not an option. Eclipse has
     * already removed its own options ({@code -data}, {@code -consoleLog} ...).
     */
    public static List<Path> fileArguments(String[] applicationArgs) {
        return java.util.Arrays.stream(applicationArgs)
                .filter(arg -> !arg.startsWith("-") && !arg.isBlank()) //$NON-NLS-1$
                .map(Path::of)
                .toList();
    }
}
