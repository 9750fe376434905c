package org.mqsec.ui.internal.tls;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.TlsChannelSpec;

/** Page 3: mutual TLS or not, the client's kind and keystore, its certificate (new or from an existing keystore). */
final class ClientIdentityPage extends SpecPage {

    ClientIdentityPage(TlsChannelController controller) {
        super("client", Messages.Client_title, Messages.Client_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        TlsChannelModel model = controller.model();
        check(body, Messages.Client_mutual, "tls.mutualTls", model.mutualTls, v -> model.mutualTls = v); //$NON-NLS-1$
        combo(body, Messages.Client_type, "tls.clientType", new String[] { TlsChannelSpec.JAVA, TlsChannelSpec.C }, model.clientType, //$NON-NLS-1$
                v -> model.clientType = v);
        combo(body, Messages.Client_format, "tls.clientKeystoreFormat", new String[] { "pkcs12", "jks" }, model.clientKeystoreFormat, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                v -> model.clientKeystoreFormat = v);
        Text dn = text(body, Messages.Client_dn, "tls.clientDn", model.clientDn, v -> model.clientDn = v); //$NON-NLS-1$
        Combo key = combo(body, Messages.Client_key, "tls.clientKey", ServerIdentityPage.KEYS, model.clientKey, v -> model.clientKey = v); //$NON-NLS-1$
        Text label = text(body, Messages.Client_label, "tls.clientLabel", model.clientLabel, v -> model.clientLabel = v); //$NON-NLS-1$
        new ExistingRepositoryGroup(this, "tls.client", v -> model.clientRepository = v, () -> model.clientLabel, r -> model.existingClient = r, dn, key) //$NON-NLS-1$
                .create(body, label);
    }

    @Override
    List<Finding> findings() {
        return controller.clientFindings();
    }
}
