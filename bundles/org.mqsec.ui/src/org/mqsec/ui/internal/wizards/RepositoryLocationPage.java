package org.mqsec.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.PathFacts;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.ui.internal.WidgetKeys;

/** Queue manager, where the file goes, and its format and protection, each explained. */
final class RepositoryLocationPage extends WizardPage {

    private static final String[] FORMATS = { "PKCS#12", "CMS (GSKit .kdb)", "JKS", "JCEKS" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final KeyRepositoryFormat[] FORMAT_VALUES = { KeyRepositoryFormat.PKCS12, KeyRepositoryFormat.CMS, KeyRepositoryFormat.JKS,
            KeyRepositoryFormat.JCEKS };

    private final NewKeyRepositoryController controller;
    private Text folder;
    private Label label;
    private Label profileText;
    private FindingsList findings;
    private PathFacts files;

    RepositoryLocationPage(NewKeyRepositoryController controller) {
        super("location"); //$NON-NLS-1$
        this.controller = controller;
        setTitle(Messages.Location_title);
        setDescription(Messages.Location_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        NewKeyRepositoryModel model = controller.model();
        files = new PathFacts(parent.getDisplay(), () -> {
            if (!body.isDisposed()) {
                update();
            }
        });

        new Label(body, SWT.NONE).setText(Messages.Location_queueManager);
        Text queueManager = WidgetKeys.name(new Text(body, SWT.BORDER), "new.queueManager"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(queueManager);
        new Label(body, SWT.NONE).setText(Messages.Location_platform);
        Combo platform = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), "new.platform"); //$NON-NLS-1$
        platform.setItems(Messages.Location_multiplatforms, Messages.Location_zos);
        platform.select(model.zos ? 1 : 0);

        new Label(body, SWT.NONE).setText(Messages.Location_folder);
        Composite folderRow = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(folderRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folderRow);
        folder = WidgetKeys.name(new Text(folderRow, SWT.BORDER), "new.folder"); //$NON-NLS-1$
        folder.setText(model.folder);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(folder);
        Button browse = new Button(folderRow, SWT.PUSH);
        browse.setText(Messages.Location_browse);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        new Label(body, SWT.NONE).setText(Messages.Location_fileName);
        Text fileName = WidgetKeys.name(new Text(body, SWT.BORDER), "new.fileName"); //$NON-NLS-1$
        fileName.setText(model.fileName);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fileName);

        new Label(body, SWT.NONE).setText(Messages.Location_format);
        Combo format = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), "new.format"); //$NON-NLS-1$
        format.setItems(FORMATS);
        format.select(0);
        new Label(body, SWT.NONE).setText(Messages.Location_profile);
        Combo profile = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), "new.profile"); //$NON-NLS-1$
        profile.setItems(Messages.Location_modern, Messages.Location_compatible);
        profile.select(model.profile.ordinal());
        profileText = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).hint(560, SWT.DEFAULT).applyTo(profileText);
        Button stash = WidgetKeys.name(new Button(body, SWT.CHECK), "new.stash"); //$NON-NLS-1$
        stash.setText(Messages.Location_stash);
        stash.setSelection(model.stash);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(stash);
        label = WidgetKeys.name(new Label(body, SWT.WRAP), "new.label"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().span(2, 1).hint(560, SWT.DEFAULT).applyTo(label);
        findings = new FindingsList(body, "new.location.findings"); //$NON-NLS-1$

        queueManager.addModifyListener(e -> {
            String suggested = controller.suggestedFolder();
            model.queueManager = queueManager.getText();
            if (folder.getText().isBlank() || folder.getText().equals(suggested)) {
                folder.setText(controller.suggestedFolder()); // follow the name until the user edits the folder
            }
            update();
        });
        platform.addListener(SWT.Selection, e -> {
            model.zos = platform.getSelectionIndex() == 1;
            update();
        });
        folder.addModifyListener(e -> {
            model.folder = folder.getText();
            update();
        });
        fileName.addModifyListener(e -> {
            model.fileName = fileName.getText();
            update();
        });
        format.addListener(SWT.Selection, e -> {
            controller.chooseFormat(FORMAT_VALUES[format.getSelectionIndex()]);
            if (!fileName.getText().equals(model.fileName)) {
                fileName.setText(model.fileName);
            }
            profile.setEnabled(model.format == KeyRepositoryFormat.PKCS12);
            stash.setEnabled(NewKeyRepositoryController.takesStash(model.format));
            update();
        });
        profile.addListener(SWT.Selection, e -> {
            model.profile = Pkcs12Profile.values()[profile.getSelectionIndex()];
            update();
        });
        stash.addListener(SWT.Selection, e -> model.stash = stash.getSelection());
        setControl(body);
        update();
    }

    private void update() {
        NewKeyRepositoryModel model = controller.model();
        profileText.setText(model.format == KeyRepositoryFormat.PKCS12 ? model.profile.description() : ""); //$NON-NLS-1$
        String defaultLabel = controller.defaultLabel();
        label.setText(defaultLabel.isEmpty() ? "" //$NON-NLS-1$
                : Messages.bind(Messages.Location_labelHint, new Object[] { model.queueManager.strip(), defaultLabel,
                        controller.keyRepositoryStem() }));
        findings.show(controller.locationFindings(files), this);
        label.getParent().layout(true, true);
    }

    /** What the page has seen on disk, for the wizard's last check at Finish. */
    PathFacts files() {
        return files;
    }
}
