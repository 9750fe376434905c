package org.mqsec.ui.internal.tls;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.findings.Finding;
import org.mqsec.ui.internal.WidgetKeys;

/** Page 7: every finding, and every rendering side by side (MQSC, runmqakm, CCDT, mqclient.ini, JMS). */
final class ReviewPage extends SpecPage {

    private TabFolder tabs;

    ReviewPage(TlsChannelController controller) {
        super("review", Messages.Review_title, Messages.Review_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        tabs = WidgetKeys.name(new TabFolder(body, SWT.TOP), "tls.renderings"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(760, 260).applyTo(tabs);
    }

    @Override
    void update() {
        if (tabs != null) {
            int selected = Math.max(0, tabs.getSelectionIndex());
            for (TabItem item : tabs.getItems()) {
                item.getControl().dispose();
                item.dispose();
            }
            for (Map.Entry<String, String> rendering : controller.renderings().entrySet()) {
                TabItem item = new TabItem(tabs, SWT.NONE);
                item.setText(rendering.getKey());
                Text text = WidgetKeys.name(new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL),
                        "tls.rendering." + rendering.getKey()); //$NON-NLS-1$
                text.setFont(JFaceResources.getTextFont());
                text.setText(rendering.getValue());
                item.setControl(text);
            }
            tabs.setSelection(Math.min(selected, tabs.getItemCount() - 1));
        }
        super.update();
    }

    @Override
    List<Finding> findings() {
        return controller.allFindings();
    }
}
