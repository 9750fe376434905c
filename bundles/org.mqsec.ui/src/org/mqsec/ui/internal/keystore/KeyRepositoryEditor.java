package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryLocation;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.crypto.operations.DeleteEntryOperation;
import org.mqsec.crypto.operations.KeyRepositoryOperation;
import org.mqsec.crypto.operations.RenameEntryOperation;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.WidgetKeys;
import org.mqsec.ui.internal.wizards.GenerateKeyController;
import org.mqsec.ui.internal.wizards.GenerateKeyModel;
import org.mqsec.ui.internal.wizards.GenerateKeyWizard;

/**
 * The key repository browser: a table of entries and the details of the selected one. Opening reads
 * the repository in a Job; while it runs the editor shows progress, and if it fails the editor area
 * says what is wrong and what to try, with a button to try again. Opening never writes; changes
 * (rename, delete) are written only by Save or Save As.
 */
public final class KeyRepositoryEditor extends EditorPart {

    private KeyRepositoryLocation location;
    private Composite pages;
    private StackLayout stack;
    private Composite loadingPage;
    private Label loadingLabel;
    private Composite errorPage;
    private Label errorMessage;
    private Label errorAdvice;
    private Button retry;
    private Composite contentPage;
    private Label summary;
    private Composite warnings;
    private EntryTable table;
    private EntryDetails details;
    private KeyRepository repository;
    private LoadKeyRepositoryJob loading;
    /** The runmqakm/keytool/openssl equivalents of the changes made in this editor, for the Commands tab. */
    private final StringBuilder commandLog = new StringBuilder();
    /** Changes to the file; null for locations that cannot be written (none yet besides files). */
    private KeyRepositoryEditing editing;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        location = locationOf(input);
        setPartName(location.name());
        setTitleToolTip(location.description());
        if (location instanceof FileKeyRepositoryLocation file) {
            editing = new KeyRepositoryEditing(site.getShell(), file);
            if (input instanceof KeyRepositoryEditorInput ours) {
                char[] known = ours.takePassword();
                if (known != null) {
                    editing.remember(known);
                }
            }
        }
    }

    /** Our own input, or a workspace file opened by another part of the workbench. */
    private static KeyRepositoryLocation locationOf(IEditorInput input) throws PartInitException {
        if (input instanceof KeyRepositoryEditorInput ours) {
            return ours.location();
        }
        if (input instanceof IPathEditorInput path) {
            return new FileKeyRepositoryLocation(path.getPath().toFile().toPath());
        }
        throw new PartInitException(Messages.bind(Messages.Editor_unsupportedInput, input.getName()));
    }

    public KeyRepositoryLocation location() {
        return location;
    }

    /** The repository as loaded, or null while loading or after a failure. */
    public KeyRepository repository() {
        return repository;
    }

    /** The editor's top control, under which all its widgets live (for tests and embedding). */
    public Composite control() {
        return pages;
    }

    @Override
    public void createPartControl(Composite parent) {
        pages = new Composite(parent, SWT.NONE);
        stack = new StackLayout();
        pages.setLayout(stack);
        createLoadingPage();
        createErrorPage();
        createContentPage();
        load();
    }

    private void createLoadingPage() {
        loadingPage = new Composite(pages, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(20, 20).applyTo(loadingPage);
        loadingLabel = WidgetKeys.name(new Label(loadingPage, SWT.NONE), "keystore.loading"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(loadingLabel);
        ProgressBar bar = new ProgressBar(loadingPage, SWT.INDETERMINATE);
        GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(bar);
        Button cancel = WidgetKeys.name(new Button(loadingPage, SWT.PUSH), "keystore.cancel"); //$NON-NLS-1$
        cancel.setText(Messages.Editor_cancel);
        cancel.addListener(SWT.Selection, e -> {
            if (loading != null) {
                loading.cancel();
            }
        });
    }

    private void createErrorPage() {
        errorPage = new Composite(pages, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(20, 20).spacing(12, 10).applyTo(errorPage);
        Label icon = new Label(errorPage, SWT.NONE);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
        errorMessage = WidgetKeys.name(new Label(errorPage, SWT.WRAP), "keystore.error.message"); //$NON-NLS-1$
        errorMessage.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(errorMessage);
        new Label(errorPage, SWT.NONE);
        errorAdvice = WidgetKeys.name(new Label(errorPage, SWT.WRAP), "keystore.error.advice"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(errorAdvice);
        new Label(errorPage, SWT.NONE);
        retry = WidgetKeys.name(new Button(errorPage, SWT.PUSH), "keystore.error.retry"); //$NON-NLS-1$
        retry.setText(Messages.Editor_retry);
        retry.addListener(SWT.Selection, e -> load());
    }

    private void createContentPage() {
        contentPage = new Composite(pages, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(contentPage);
        summary = WidgetKeys.name(new Label(contentPage, SWT.WRAP), "keystore.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        warnings = WidgetKeys.name(new Composite(contentPage, SWT.NONE), "keystore.warnings"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(warnings);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(warnings);
        SashForm sash = new SashForm(contentPage, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new EntryTable(sash);
        details = new EntryDetails(sash);
        sash.setWeights(55, 45);
        table.viewer().addSelectionChangedListener(event -> details.show(repository,
                (KeyRepositoryEntry) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        getSite().setSelectionProvider(table.viewer());
        createContextMenu();
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            KeyRepositoryEntry selected = selectedEntry();
            boolean enabled = selected != null && editing != null;
            Action rename = new Action(Messages.Editing_rename) {
                @Override
                public void run() {
                    rename(selected);
                }
            };
            rename.setEnabled(enabled);
            Action delete = new Action(Messages.Editing_delete) {
                @Override
                public void run() {
                    delete(selected);
                }
            };
            delete.setEnabled(enabled);
            manager.add(rename);
            manager.add(delete);
            manager.add(new Separator());
            manager.add(editingAction(Messages.Editing_generate, () -> generate(new GenerateKeyModel())));
            manager.add(editingAction(Messages.Editing_createCa, () -> generate(GenerateKeyModel.forCa())));
            manager.add(new Separator());
            EntryActions actions = new EntryActions(this, editing, getSite().getShell());
            boolean personal = selected != null && selected.kind() == org.mqsec.crypto.keystore.EntryKind.PERSONAL;
            manager.add(entryAction(Messages.Actions_request, personal, () -> actions.createRequest(selected.alias())));
            manager.add(editingAction(Messages.Actions_receive, actions::receive));
            manager.add(entryAction(Messages.Actions_sign, personal && selected.certificate().map(c -> c.getBasicConstraints() >= 0).orElse(false),
                    () -> actions.signRequest(selected.alias())));
            manager.add(entryAction(Messages.Actions_exportKey, personal, () -> actions.exportKey(selected.alias())));
            manager.add(new Separator());
            manager.add(editingAction(Messages.Actions_importCertificates, actions::importCertificates));
            manager.add(editingAction(Messages.Actions_importKeys, actions::importFromRepository));
            manager.add(editingAction(Messages.Actions_changePassword, () -> {
                if (actions.changePassword()) {
                    firePropertyChange(PROP_DIRTY);
                    load();
                }
            }));
        });
        Table widget = table.viewer().getTable();
        widget.setMenu(menu.createContextMenu(widget));
    }

    private Action entryAction(String text, boolean applies, Runnable run) {
        Action action = editingAction(text, run);
        action.setEnabled(action.isEnabled() && applies);
        return action;
    }

    private Action editingAction(String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(editing != null && repository != null);
        return action;
    }

    /** Opens the Generate Key Pair wizard (or Create Local CA) on the repository with its keys. */
    private void generate(GenerateKeyModel model) {
        if (!editing.prepare()) {
            return;
        }
        if (model.alias.isEmpty() && model.usage != org.mqsec.crypto.certificates.CertificateProfile.CA) {
            model.alias = QueueManagerLabels.suggest(editing.location().path());
        }
        GenerateKeyController controller = new GenerateKeyController(model, editing.editable(),
                location.description());
        WizardDialog dialog = new WizardDialog(getSite().getShell(), new GenerateKeyWizard(controller,
                operation -> runChange(getTitleFor(model), operation)));
        dialog.setBlockOnOpen(false); // modal all the same; Finish hands the operation back
        dialog.open();
    }

    private static String getTitleFor(GenerateKeyModel model) {
        return Messages.bind(Messages.Editing_generateJob, model.alias.strip());
    }
    private KeyRepositoryEntry selectedEntry() {
        return (KeyRepositoryEntry) table.viewer().getStructuredSelection().getFirstElement();
    }

    private void rename(KeyRepositoryEntry entry) {
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Editing_renameTitle,
                Messages.bind(Messages.Editing_renameMessage, entry.alias()), entry.alias(), text -> {
                    if (text.isBlank()) {
                        return Messages.Editing_labelEmpty;
                    }
                    boolean taken = repository.entry(text).isPresent() && !text.equalsIgnoreCase(entry.alias());
                    return taken ? Messages.bind(Messages.Editing_labelTaken, text) : null;
                });
        if (dialog.open() == Window.OK && !dialog.getValue().equals(entry.alias()) && editing.prepare()) {
            runChange(Messages.Editing_renameTitle,
                    new RenameEntryOperation(editing.editable(), commandFile(), entry.alias(), dialog.getValue()));
        }
    }

    private void delete(KeyRepositoryEntry entry) {
        if (MessageDialog.openConfirm(getSite().getShell(), Messages.Editing_deleteTitle,
                Messages.bind(Messages.Editing_deleteMessage, entry.alias(), location.name())) && editing.prepare()) {
            runChange(Messages.Editing_deleteTitle, new DeleteEntryOperation(editing.editable(), commandFile(), entry.alias()));
        }
    }

    /**
     * Runs an operation that changes the repository in memory (in a Job), records the commands that
     * would do the same on a server and shows the change; Save writes it. Call after {@code editing.prepare()}.
     */
    <R> KeyRepositoryWork.Outcome<R> runChange(String title, KeyRepositoryOperation<R> operation) {
        KeyRepositoryWork.Outcome<R> outcome = editing.run(title, operation, true);
        if (outcome.succeeded()) {
            recordCommands(title, operation.equivalentCommands());
            showRepository(editing.changedView(), true);
            firePropertyChange(PROP_DIRTY);
        }
        return outcome;
    }

    /** Adds an operation's equivalent commands to the Commands tab. */
    void recordCommands(String operation, Map<String, List<String>> equivalents) {
        commandLog.append("# ").append(operation).append('\n'); //$NON-NLS-1$
        equivalents.forEach((tool, lines) -> lines.forEach(line -> commandLog.append(line).append('\n')));
        commandLog.append('\n');
        details.showCommands(commandLog.toString());
    }

    /** The file as the command lines name it, and its format. */
    String commandFile() {
        return location.description();
    }

    KeyRepositoryFormat commandFormat() {
        return editing != null && editing.editable() != null ? editing.editable().format()
                : repository != null ? repository.format() : KeyRepositoryFormat.PKCS12;
    }

    /** (Re)reads the repository in a Job; the UI thread only switches pages. */
    private void load() {
        repository = null;
        loadingLabel.setText(Messages.bind(Messages.Editor_opening, location.name()));
        show(loadingPage);
        PasswordSource passwords = editing != null ? editing.passwords()
                : new InteractivePasswordSource(getSite().getShell(), password -> Arrays.fill(password, '\0'));
        loading = new LoadKeyRepositoryJob(location, passwords, outcome -> {
            if (!pages.isDisposed()) {
                pages.getDisplay().asyncExec(() -> loaded(outcome));
            }
        });
        IWorkbenchSiteProgressService progress = getSite().getAdapter(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(loading);
        } else {
            loading.schedule();
        }
    }

    private void loaded(LoadKeyRepositoryJob.Outcome outcome) {
        if (pages.isDisposed()) {
            return;
        }
        loading = null;
        if (outcome.failure() != null) {
            showFailure(outcome.failure());
            return;
        }
        showRepository(outcome.repository(), false);
    }

    private void showRepository(KeyRepository shown, boolean changed) {
        repository = shown;
        summary.setText(Messages.bind(Messages.Editor_summary, new Object[] { location.description(),
                repository.format().displayName(), repository.entryCount(),
                changed ? unsavedText()
                        : repository.protection().isEmpty() ? Messages.Editor_noProtection : repository.protection() }));
        for (Control old : warnings.getChildren()) {
            old.dispose();
        }
        for (String warning : repository.warnings()) {
            Label icon = new Label(warnings, SWT.NONE);
            icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK));
            Label text = new Label(warnings, SWT.WRAP);
            text.setText(warning);
            GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(text);
        }
        ((org.eclipse.swt.layout.GridData) warnings.getLayoutData()).exclude = repository.warnings().isEmpty();
        warnings.setVisible(!repository.warnings().isEmpty());
        table.setEntries(repository.entries());
        details.show(repository, null);
        show(contentPage);
        contentPage.layout(true, true);
    }

    /** "changed, not saved yet", and for PKCS#12 the protection the save will write. */
    private String unsavedText() {
        String writes = editing == null ? null : editing.saveWrites();
        return writes == null ? Messages.Editing_unsaved : Messages.bind(Messages.Editing_unsavedWrites, writes);
    }

    private void showFailure(KeyRepositoryException failure) {
        errorMessage.setText(failure.getMessage());
        errorAdvice.setText(failure.advice());
        show(errorPage);
        errorPage.layout(true, true);
    }

    private void show(Composite page) {
        stack.topControl = page;
        pages.layout();
    }

    @Override
    public void setFocus() {
        if (stack.topControl == contentPage) {
            table.viewer().getTable().setFocus();
        } else if (stack.topControl == errorPage) {
            retry.setFocus();
        } else {
            pages.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (loading != null) {
            loading.cancel();
        }
        if (editing != null) {
            editing.dispose();
        }
        super.dispose();
    }

    /**
     * Writes the changes (off the UI thread, atomically, keeping .bak) and reads the file back; if
     * the user chose to drop the changes because the file changed on disk, reads that version.
     */
    @Override
    public void doSave(IProgressMonitor monitor) {
        if (editing == null) {
            return;
        }
        if (editing.save() == KeyRepositoryEditing.SaveOutcome.NOT_SAVED) {
            if (monitor != null) {
                monitor.setCanceled(true); // so that closing the editor or the workbench stops here
            }
            return;
        }
        firePropertyChange(PROP_DIRTY);
        load();
    }

    /** Saves to another file; its extension (.p12, .jks, .jceks, .pem) chooses the format. */
    @Override
    public void doSaveAs() {
        Path chosen = FileChoosers.chooseOne(getSite().getShell(), FileChoosers.Request.save(Messages.Editing_saveAsTitle, null,
                "*.p12", "*.jks", "*.jceks", "*.pem", "*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        KeyRepositoryFormat from = commandFormat();
        if (chosen != null && editing != null && editing.saveAs(chosen)) {
            KeyRepositoryFormat to = KeyRepositoryEditing.formatFor(chosen);
            recordCommands(Messages.Editing_saveAsTitle, CommandEquivalents.convert(commandFile(), from, chosen.toString(),
                    to == null ? from : to).commands());
            location = editing.location();
            setInputWithNotify(new KeyRepositoryEditorInput(location));
            setPartName(location.name());
            setTitleToolTip(location.description());
            firePropertyChange(PROP_DIRTY);
            load();
        }
    }

    @Override
    public boolean isDirty() {
        return editing != null && editing.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return editing != null && repository != null;
    }
}
