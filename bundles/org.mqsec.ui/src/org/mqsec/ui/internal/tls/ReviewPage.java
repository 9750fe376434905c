package org.mqsec.ui.internal.tls;

import java.util.LinkedHashMap;
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

    /** One tab per rendering, made once: tabs made again after layout showed an empty folder. */
    private final Map<String, Text> renderings = new LinkedHashMap<>();

    ReviewPage(TlsChannelController controller) {
        super("review", Messages.Review_title, Messages.Review_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        TabFolder tabs = WidgetKeys.name(new TabFolder(body, SWT.TOP), "tls.renderings"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(760, 260).applyTo(tabs);
        for (String name : controller.renderings().keySet()) {
            TabItem item = new TabItem(tabs, SWT.NONE);
            item.setText(name);
            Text text = WidgetKeys.name(new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL), "tls.rendering." + name); //$NON-NLS-1$
            text.setFont(JFaceResources.getTextFont());
            item.setControl(text);
            renderings.put(name, text);
        }
    }

    @Override
    void update() {
        if (!renderings.isEmpty()) {
            controller.renderings().forEach((name, content) -> renderings.get(name).setText(content));
        }
        super.update();
    }

    @Override
    List<Finding> findings() {
        return controller.allFindings();
    }
}
