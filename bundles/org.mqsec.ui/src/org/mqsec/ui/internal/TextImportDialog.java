package org.mqsec.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Where imported objects come from (CHLAUTH records, AMS policies): text pasted from runmqsc,
 * dmpmqcfg or another command, or a file read into the same text (off the UI thread), so the user
 * sees what will be read before importing it.
 */
public final class TextImportDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final String name;
    private final Object family;
    private Text input;
    private String text = ""; //$NON-NLS-1$
    private String source = Messages.Import_sourcePasted;

    /**
     * @param name   prefix of the widget names ({@code name.import.text}, {@code name.import.file})
     * @param family the Job family of the file reading
     */
    public TextImportDialog(Shell parent, String title, String message, String name, Object family) {
        super(parent);
        this.title = title;
        this.message = message;
        this.name = name;
        this.family = family;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public String text() {
        return text;
    }

    /** The file the text was read from, or "pasted text". */
    public String source() {
        return source;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().applyTo(body);
        input = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL), name + ".import.text"); //$NON-NLS-1$
        Font mono = JFaceResources.getTextFont();
        input.setFont(mono);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 360).applyTo(input);
        input.addListener(SWT.Modify, e -> {
            Button ok = getButton(IDialogConstants.OK_ID);
            if (ok != null) {
                ok.setEnabled(!input.getText().isBlank());
            }
        });
        Button readFile = WidgetKeys.name(new Button(body, SWT.PUSH), name + ".import.file"); //$NON-NLS-1$
        readFile.setText(Messages.Import_readFile);
        readFile.addListener(SWT.Selection, e -> chooseFile());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Import_button, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void chooseFile() {
        Path chosen = FileChoosers.chooseOne(getShell(),
                FileChoosers.Request.open(title, "*.mqsc;*.txt;*.out;*.cfg", "*")); //$NON-NLS-1$ //$NON-NLS-2$
        if (chosen != null) {
            read(chosen);
        }
    }

    /** Reads the file in a Job and shows it in the text field; a failure is shown in the header. */
    void read(Path file) {
        Shell shell = getShell();
        Job job = new Job(Messages.bind(Messages.Import_reading, file)) {
            @Override
            public boolean belongsTo(Object candidate) {
                return candidate == family;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String content;
                String problem;
                try {
                    content = Files.readString(file, StandardCharsets.UTF_8);
                    problem = null;
                } catch (IOException | RuntimeException e) {
                    content = null;
                    problem = Messages.bind(Messages.Import_readFailed, file, e.getMessage());
                }
                String read = content;
                String failure = problem;
                shell.getDisplay().asyncExec(() -> {
                    if (shell.isDisposed()) {
                        return;
                    }
                    if (read != null) {
                        input.setText(read);
                        source = file.toString();
                        setErrorMessage(null);
                    } else {
                        setErrorMessage(failure);
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    @Override
    protected void okPressed() {
        text = input.getText();
        super.okPressed();
    }
}
