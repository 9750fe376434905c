package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.ui.IWorkbenchWindow;

/** Files dropped on the workbench's editor area open as key repositories. */
public final class KeyRepositoryDropListener extends DropTargetAdapter {

    private final IWorkbenchWindow window;

    public KeyRepositoryDropListener(IWorkbenchWindow window) {
        this.window = window;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        if (FileTransfer.getInstance().isSupportedType(event.currentDataType)) {
            event.detail = DND.DROP_COPY;
        } else {
            event.detail = DND.DROP_NONE;
        }
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        dragEnter(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (event.data instanceof String[] files) {
            open(files);
        }
    }

    /** Opens dropped files (FileTransfer gives absolute paths), each in its own editor. */
    public void open(String[] files) {
        if (window.getActivePage() != null) {
            KeyRepositoryEditors.openAll(window.getActivePage(), Arrays.stream(files).map(Path::of).toList());
        }
    }
}
