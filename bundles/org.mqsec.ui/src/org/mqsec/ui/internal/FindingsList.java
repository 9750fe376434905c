package org.mqsec.ui.internal.wizards;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.ui.internal.WidgetKeys;

/** Findings as a page shows them: a list with what to do, and the first one in the page's header. */
final class FindingsList {

    private final Table table;

    FindingsList(Composite parent, String name) {
        table = WidgetKeys.name(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), name);
        table.setHeaderVisible(true);
        for (String header : new String[] { Messages.Findings_finding, Messages.Findings_fix }) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header);
            column.setWidth(360);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 110).applyTo(table);
    }

    /** Shows the findings and sets the page's message and completeness from them. */
    void show(List<Finding> findings, WizardPage page) {
        table.removeAll();
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        for (Finding finding : findings) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { finding.message(), finding.fix() });
            item.setImage(images.getImage(finding.severity() == Severity.ERROR ? ISharedImages.IMG_OBJS_ERROR_TSK
                    : finding.severity() == Severity.WARNING ? ISharedImages.IMG_OBJS_WARN_TSK
                            : ISharedImages.IMG_OBJS_INFO_TSK));
        }
        Finding error = findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElse(null);
        Finding warning = findings.stream().filter(f -> f.severity() == Severity.WARNING).findFirst().orElse(null);
        page.setErrorMessage(error == null ? null : error.message());
        page.setMessage(warning == null ? null : warning.message(), IMessageProvider.WARNING);
        page.setPageComplete(error == null);
    }
}
