package org.mqsec.ui.internal.tls;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.TlsChannelPlan;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * Page 6: the SSLPEERMAP record that maps the client's certificate (and its issuer) to a
 * low-privilege user; the default back-stops stay as they are. RUNCHECK checks it against IBM's
 * default records.
 */
final class ChlauthPage extends SpecPage {

    private Label record;

    ChlauthPage(TlsChannelController controller) {
        super("chlauth", Messages.Chlauth_title, Messages.Chlauth_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        TlsChannelModel model = controller.model();
        text(body, Messages.Chlauth_user, "tls.mappedUser", model.mappedUser, v -> model.mappedUser = v); //$NON-NLS-1$
        text(body, Messages.Chlauth_address, "tls.clientAddress", model.clientAddress, v -> model.clientAddress = v); //$NON-NLS-1$
        check(body, Messages.Chlauth_disabled, "tls.chlauthDisabled", model.chlauthDisabled, v -> model.chlauthDisabled = v); //$NON-NLS-1$
        record = WidgetKeys.name(new Label(body, SWT.WRAP), "tls.chlauthRecord"); //$NON-NLS-1$
        record.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(record);
    }

    @Override
    void update() {
        if (record != null) {
            TlsChannelModel model = controller.model();
            record.setText(model.mutualTls ? TlsChannelPlan.peerMapRecord(model.spec()).toMqsc().toString() : Messages.Chlauth_noCertificate);
            record.getParent().layout(true);
        }
        super.update();
    }

    @Override
    List<Finding> findings() {
        return controller.chlauthFindings();
    }
}
