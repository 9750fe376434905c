package org.mqsec.ui.internal.ams;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A resizable dialog that is a tool rather than a question (the pair check, the inspector): its
 * work runs from buttons inside it, in Jobs, and it has only a Close button.
 */
abstract class ToolDialog extends TitleAreaDialog {

    private final String title;

    ToolDialog(Shell parent, String title) {
        super(parent);
        this.title = title;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Disables the button that started the job until the job ends, however it ends (a cancel included). */
    static void disableWhileRunning(Job job, Button button) {
        button.setEnabled(false);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                button.getDisplay().asyncExec(() -> {
                    if (!button.isDisposed()) {
                        button.setEnabled(true);
                    }
                });
            }
        });
    }
}
