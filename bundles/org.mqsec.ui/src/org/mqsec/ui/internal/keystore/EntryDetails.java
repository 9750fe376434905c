package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.mqsec.crypto.keystore.CertificateDetails;
import org.mqsec.crypto.keystore.ChainLink;
import org.mqsec.crypto.keystore.EntryColumn;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.operations.ExportEntryOperation;
import org.mqsec.crypto.operations.ExportEntryOperation.ExportFormat;
import org.mqsec.ui.KeyRepositoryJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.WidgetKeys;

/** The details of the selected entry: fields, chain with verification, PEM; copy and export. */
final class EntryDetails {

    private final Label heading;
    private final Table fields;
    private final Table chain;
    private final Text pem;
    private final Text commands;
    private final Button copyFingerprint;
    private final Button copyPem;
    private final Button export;
    private KeyRepository repository;
    private KeyRepositoryEntry entry;
    private CertificateDetails details;

    EntryDetails(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(composite);
        heading = WidgetKeys.name(new Label(composite, SWT.NONE), "keystore.details.heading"); //$NON-NLS-1$
        heading.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        copyFingerprint = button(composite, Messages.Details_copyFingerprint, "keystore.copyFingerprint"); //$NON-NLS-1$
        copyFingerprint.addListener(SWT.Selection, e -> copy(details.sha256()));
        copyPem = button(composite, Messages.Details_copyPem, "keystore.copyPem"); //$NON-NLS-1$
        copyPem.addListener(SWT.Selection, e -> copy(details.pem()));
        export = button(composite, Messages.Details_export, "keystore.export"); //$NON-NLS-1$
        export.addListener(SWT.Selection, e -> export());

        TabFolder tabs = WidgetKeys.name(new TabFolder(composite, SWT.TOP), "keystore.details.tabs"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(tabs);
        fields = table(tabs, Messages.Details_tabDetails, "keystore.details", //$NON-NLS-1$
                new String[] { Messages.Details_field, Messages.Details_value }, new int[] { 200, 700 });
        chain = table(tabs, Messages.Details_tabChain, "keystore.chain", //$NON-NLS-1$
                new String[] { "#", Messages.Details_certificate, Messages.Details_verification }, new int[] { 40, 450, 400 }); //$NON-NLS-1$
        TabItem pemTab = new TabItem(tabs, SWT.NONE);
        pemTab.setText(Messages.Details_tabPem);
        pem = WidgetKeys.name(new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL), "keystore.pem"); //$NON-NLS-1$
        pem.setFont(JFaceResources.getTextFont());
        pemTab.setControl(pem);
        TabItem commandsTab = new TabItem(tabs, SWT.NONE);
        commandsTab.setText(Messages.Details_tabCommands);
        commands = WidgetKeys.name(new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL),
                "keystore.commands"); //$NON-NLS-1$
        commands.setFont(JFaceResources.getTextFont());
        commands.setText(Messages.Details_noCommands);
        commandsTab.setControl(commands);
        show(null, null);
    }

    private static Button button(Composite parent, String text, String name) {
        Button button = WidgetKeys.name(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        return button;
    }

    private static Table table(TabFolder tabs, String title, String name, String[] headers, int[] widths) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        Table table = WidgetKeys.name(new Table(tabs, SWT.FULL_SELECTION | SWT.BORDER), name);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        item.setControl(table);
        return table;
    }

    void show(KeyRepository shownRepository, KeyRepositoryEntry selected) {
        repository = shownRepository;
        entry = selected;
        fields.removeAll();
        chain.removeAll();
        X509Certificate cert = selected == null ? null : selected.certificate().orElse(null);
        details = cert == null ? null : CertificateDetails.of(cert);
        if (selected == null) {
            heading.setText(Messages.Details_nothingSelected);
        } else {
            heading.setText(Messages.bind(Messages.Details_heading, selected.alias(), selected.kind().displayName()));
            row(fields, EntryColumn.ALIAS.header(), selected.alias());
            row(fields, EntryColumn.KIND.header(), selected.kind().displayName());
            if (details == null) {
                row(fields, EntryColumn.KEY.header(), EntryColumn.KEY.text(selected));
            } else {
                for (Map.Entry<String, String> field : details.fields()) {
                    row(fields, field.getKey(), field.getValue());
                }
                List<ChainLink> links = shownRepository.chain(selected);
                for (int i = 0; i < links.size(); i++) {
                    ChainLink link = links.get(i);
                    TableItem item = new TableItem(chain, SWT.NONE);
                    item.setText(new String[] { Integer.toString(i + 1),
                            CertificateDetails.of(link.certificate()).subject(), link.verification().displayName() });
                    if (!link.verification().ok()) {
                        item.setForeground(2, chain.getDisplay().getSystemColor(SWT.COLOR_RED));
                    }
                }
            }
        }
        pem.setText(details == null ? "" : details.pem()); //$NON-NLS-1$
        copyFingerprint.setEnabled(details != null);
        copyPem.setEnabled(details != null);
        export.setEnabled(details != null);
        heading.getParent().layout(true);
    }

    /** The equivalent commands of this editor's changes so far, newest last. */
    void showCommands(String text) {
        commands.setText(text.isEmpty() ? Messages.Details_noCommands : text);
    }

    private static void row(Table table, String field, String value) {
        new TableItem(table, SWT.NONE).setText(new String[] { field, value });
    }

    private void copy(String text) {
        Clipboard clipboard = new Clipboard(pem.getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private void export() {
        List<X509Certificate> chain = repository.chain(entry).stream().map(ChainLink::certificate).toList();
        Path chosen = FileChoosers.chooseOne(pem.getShell(), FileChoosers.Request
                .save(Messages.Export_title, entry.alias() + ".pem", "*.pem;*.crt;*.arm", "*.der;*.cer", "*.p7b", "*.pub") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .named(Messages.Export_filterPem, Messages.Export_filterDer, Messages.Export_filterP7b, Messages.Export_filterPublicKey));
        if (chosen != null) {
            ExportFormat format = ExportFormat.forFileName(chosen.getFileName().toString());
            // PKCS#7 holds the chain; the other formats the entry's certificate
            KeyRepositoryWork.of(Messages.bind(Messages.Export_job, chosen.getFileName()), KeyRepositoryJobs.WRITE,
                    ExportEntryOperation.certificates(repository.location(), repository.format(), entry.alias(), chain, format,
                            format == ExportFormat.PKCS7, chosen))
                    .runThen(pem.getDisplay(), written -> { });
        }
    }
}
