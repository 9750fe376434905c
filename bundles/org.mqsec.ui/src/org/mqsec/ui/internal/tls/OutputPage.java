package org.mqsec.ui.internal.tls;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.findings.Finding;
import org.mqsec.ui.internal.PathFacts;
import org.mqsec.ui.internal.WidgetKeys;

/** Page 8: the folder Finish writes into, and the key repositories' password (typed twice, kept as char[]). */
final class OutputPage extends SpecPage {

    private PathFacts files;

    OutputPage(TlsChannelController controller) {
        super("output", Messages.Output_title, Messages.Output_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        TlsChannelModel model = controller.model();
        files = new PathFacts(body.getDisplay(), () -> {
            if (!body.isDisposed()) {
                update();
            }
        });
        Text folder = text(body, Messages.Output_folder, "tls.folder", model.folder, v -> model.folder = v); //$NON-NLS-1$
        new Label(body, SWT.NONE);
        Button browse = WidgetKeys.name(new Button(body, SWT.PUSH), "tls.browse"); //$NON-NLS-1$
        browse.setText(Messages.Output_browse);
        browse.addListener(SWT.Selection, e -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        password(body, Messages.Output_password, "tls.password", chars -> { //$NON-NLS-1$
            Arrays.fill(model.password, '\0');
            model.password = chars;
        });
        password(body, Messages.Output_confirm, "tls.confirmation", chars -> { //$NON-NLS-1$
            Arrays.fill(model.confirmation, '\0');
            model.confirmation = chars;
        });
        Button apply = WidgetKeys.name(new Button(body, SWT.CHECK), "tls.applyAfterwards"); //$NON-NLS-1$
        apply.setText(Messages.Output_apply);
        apply.setToolTipText(Messages.Output_applyTip);
        apply.setSelection(model.applyAfterwards);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(apply);
        apply.addListener(SWT.Selection, e -> model.applyAfterwards = apply.getSelection());
    }

    private void password(Composite body, String label, String name, java.util.function.Consumer<char[]> setter) {
        new Label(body, SWT.NONE).setText(label);
        Text text = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.PASSWORD), name);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> {
            setter.accept(text.getTextChars());
            update();
        });
    }

    @Override
    List<Finding> findings() {
        return controller.outputFindings(files);
    }

    /** What the page has seen on disk, for the wizard's last check at Finish. */
    PathFacts files() {
        return files;
    }
}
