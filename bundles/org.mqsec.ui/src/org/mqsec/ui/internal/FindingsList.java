package org.mqsec.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;

/**
 * Findings as a page, dialog or view shows them: a list with what to do; on a wizard page also the
 * first error or warning in the page's header.
 */
public final class FindingsList {

    private final Table table;

    public FindingsList(Composite parent, String name) {
        table = WidgetKeys.name(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), name);
        table.setHeaderVisible(true);
        // the finding is what people read first: it gets the wider column
        String[] headers = { Messages.Findings_finding, Messages.Findings_fix };
        int[] widths = { 560, 420 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 110).applyTo(table);
    }

    public Table table() {
        return table;
    }

    /** Shows the findings, most severe first. */
    public void show(List<Finding> findings) {
        table.removeAll();
        for (Finding finding : findings.stream().sorted(java.util.Comparator.comparing(Finding::severity)).toList()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { finding.message(), finding.fix() });
            item.setImage(image(finding.severity()));
            // the finding itself, for programs and tests that go by its code
            item.setData(finding);
        }
    }

    /** The workbench's icon for a severity. */
    public static Image image(Severity severity) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        return images.getImage(severity == Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                : severity == Severity.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
    }

    /** Shows the findings and sets the page's message and completeness from them. */
    public void show(List<Finding> findings, WizardPage page) {
        show(findings);
        Finding error = findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElse(null);
        Finding warning = findings.stream().filter(f -> f.severity() == Severity.WARNING).findFirst().orElse(null);
        page.setErrorMessage(error == null ? null : error.message());
        page.setMessage(warning == null ? null : warning.message(), IMessageProvider.WARNING);
        page.setPageComplete(error == null);
    }
}
