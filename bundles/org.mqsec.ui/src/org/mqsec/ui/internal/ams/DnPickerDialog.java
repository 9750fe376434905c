package org.mqsec.ui.internal.ams;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.mqsec.ui.internal.WidgetKeys;
import org.mqsec.ui.internal.ams.CertificateSources.Candidate;

/**
 * Picks signer or recipient DNs from the certificates open in the workbench (key repository editors,
 * CMS databases among them, and the token read in the Tokens view). Each DN is written exactly as
 * AMS compares it with the certificate (the RFC 2253 text of its encoded subject), so a picked DN
 * cannot differ from the certificate by a space or an attribute's order.
 */
final class DnPickerDialog extends TitleAreaDialog {

    private final IWorkbenchPage page;
    private List<Candidate> candidates = List.of();
    private Text filter;
    private Table table;
    private List<String> picked = List.of();

    DnPickerDialog(Shell parent, IWorkbenchPage page) {
        super(parent);
        this.page = page;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The DNs picked, once the dialog is closed with OK. */
    List<String> picked() {
        return picked;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Picker_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Picker_title);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        filter = WidgetKeys.name(new Text(body, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH), "ams.picker.filter"); //$NON-NLS-1$
        filter.setMessage(Messages.Picker_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addListener(SWT.Modify, e -> fill());
        WidgetKeys.pushButton(body, "ams.picker.open", Messages.Picker_open, this::openRepository); //$NON-NLS-1$
        WidgetKeys.pushButton(body, "ams.picker.refresh", Messages.Picker_refresh, this::reload); //$NON-NLS-1$
        table = WidgetKeys.name(new Table(body, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION), "ams.picker.certificates"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        String[] headers = { Messages.Picker_dn, Messages.Picker_where, Messages.Picker_label, Messages.Picker_expires, Messages.Picker_kind };
        int[] widths = { 380, 160, 120, 110, 90 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(880, 300).applyTo(table);
        table.addListener(SWT.Selection, e -> getButton(IDialogConstants.OK_ID).setEnabled(table.getSelectionCount() > 0));
        table.addListener(SWT.DefaultSelection, e -> okPressed());
        reload();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Picker_insert, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Reads the open repositories and tokens again (all in memory already). */
    void reload() {
        candidates = CertificateSources.open(page);
        if (candidates.isEmpty()) {
            setMessage(Messages.Picker_none, IMessageProvider.WARNING);
        } else {
            setMessage(Messages.Picker_message);
        }
        fill();
    }

    private void fill() {
        table.removeAll();
        String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
        DateFormat dates = DateFormat.getDateInstance(DateFormat.MEDIUM);
        Date now = new Date();
        for (Candidate candidate : candidates) {
            if (!wanted.isEmpty() && !(candidate.dn() + ' ' + candidate.where() + ' ' + candidate.label()).toLowerCase(Locale.ROOT).contains(wanted)) {
                continue;
            }
            boolean expired = candidate.certificate().getNotAfter().before(now);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { candidate.dn(), candidate.where(), candidate.label(),
                    (expired ? Messages.Picker_expired + ' ' : "") + dates.format(candidate.certificate().getNotAfter()), //$NON-NLS-1$
                    candidate.own() ? Messages.Picker_own : Messages.Picker_trusted });
            item.setData(candidate);
            if (expired) {
                item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(table.getSelectionCount() > 0);
        }
    }

    /** File > Open Key Repository; its editor loads in a Job, after which Refresh lists it. */
    private void openRepository() {
        try {
            page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.mqsec.ui.openKeyRepository", null); //$NON-NLS-1$
        } catch (CommandException e) {
            setErrorMessage(e.getMessage());
        }
        getShell().forceActive();
    }

    @Override
    protected void okPressed() {
        List<String> dns = new ArrayList<>();
        for (TableItem item : table.getSelection()) {
            String dn = ((Candidate) item.getData()).dn();
            if (!dns.contains(dn)) {
                dns.add(dn);
            }
        }
        picked = dns;
        super.okPressed();
    }
}
