package org.mqsec.ui.internal.tokens;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.mqsec.crypto.pkcs11.Pkcs11Module;
import org.mqsec.crypto.pkcs11.Pkcs11Modules;
import org.mqsec.ui.TokenJobs;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * Preferences > MQ Security Workbench > PKCS#11 Modules: the modules the workbench and mqsec share
 * (their JSON file, so that the command line reads what is set here), added with the same dialog as
 * the Tokens view's, removed, saved on Apply. The file is read and written in Jobs.
 */
public final class ModulesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final List<Pkcs11Module> modules = new ArrayList<>();
    private Table table;
    private Button remove;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.bind(Messages.Preferences_description, Pkcs11Modules.defaultFile()));
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
        table = WidgetKeys.name(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "modules.table"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        for (String header : new String[] { Messages.Preferences_name, Messages.Preferences_library, Messages.Preferences_filter }) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header);
            column.setWidth(160);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(480, 200).applyTo(table);
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = WidgetKeys.pushButton(buttons, "modules.add", Messages.View_addModule, this::add); //$NON-NLS-1$
        remove = WidgetKeys.pushButton(buttons, "modules.remove", Messages.View_removeModule, this::removeSelected); //$NON-NLS-1$
        GridDataFactory.fillDefaults().applyTo(add);
        GridDataFactory.fillDefaults().applyTo(remove);
        table.addListener(SWT.Selection, e -> remove.setEnabled(table.getSelectionIndex() >= 0));
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.Preferences_note);
        GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).applyTo(note);
        fill();
        new KeyRepositoryWork<>(Messages.View_loadJob, TokenJobs.READ, monitor -> TokenModules.configured())
                .runThen(parent.getDisplay(), read -> {
                    if (!table.isDisposed()) {
                        modules.clear();
                        modules.addAll(read);
                        fill();
                    }
                }, failure -> setErrorMessage(KeyRepositoryWork.inWords(failure)));
        return body;
    }

    private void fill() {
        table.removeAll();
        for (Pkcs11Module module : modules) {
            new TableItem(table, SWT.NONE).setText(new String[] { module.name(), module.library(), module.tokenFilter() == null ? "" : module.tokenFilter() }); //$NON-NLS-1$
        }
        remove.setEnabled(false);
    }

    private void add() {
        ModuleDialog dialog = new ModuleDialog(getShell());
        if (dialog.open() == Window.OK) {
            modules.add(dialog.result());
            fill();
        }
    }

    private void removeSelected() {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            modules.remove(index);
            fill();
        }
    }

    @Override
    protected void performDefaults() {
        modules.clear();
        fill();
        super.performDefaults();
    }

    /** Writes the file in a Job and waits for it (the dialog's events dispatched meanwhile); a failure keeps the page open. */
    @Override
    public boolean performOk() {
        List<Pkcs11Module> updated = List.copyOf(modules);
        KeyRepositoryWork.Outcome<List<Pkcs11Module>> saved = new KeyRepositoryWork<>(Messages.View_saveModulesJob, TokenJobs.WRITE, monitor -> {
            TokenModules.save(updated);
            return updated;
        }).runAndWait(getShell(), false);
        if (saved.failure() != null) {
            setErrorMessage(KeyRepositoryWork.inWords(saved.failure()));
            return false;
        }
        return true;
    }
}
