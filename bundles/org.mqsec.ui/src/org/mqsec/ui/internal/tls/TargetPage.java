package org.mqsec.ui.internal.tls;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Composite;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.QueueManagerPlatform;

/** Page 1: the queue manager, its platform and its listener. */
final class TargetPage extends SpecPage {

    TargetPage(TlsChannelController controller) {
        super("target", Messages.Target_title, Messages.Target_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        TlsChannelModel model = controller.model();
        text(body, Messages.Target_queueManager, "tls.queueManager", model.queueManager, v -> model.queueManager = v); //$NON-NLS-1$
        combo(body, Messages.Target_platform, "tls.platform", //$NON-NLS-1$
                Stream.of(QueueManagerPlatform.values()).map(Enum::name).toArray(String[]::new), model.platform.name(),
                v -> model.platform = QueueManagerPlatform.valueOf(v));
        text(body, Messages.Target_host, "tls.host", model.host, v -> model.host = v); //$NON-NLS-1$
        number(body, Messages.Target_port, "tls.port", model.port, v -> model.port = v); //$NON-NLS-1$
    }

    @Override
    List<Finding> findings() {
        return controller.targetFindings();
    }
}
