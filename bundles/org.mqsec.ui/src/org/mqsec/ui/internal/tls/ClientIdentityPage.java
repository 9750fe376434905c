package org.mqsec.ui.internal.tls;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.TlsChannelSpec;
import org.mqsec.crypto.tls.ExistingKeyRepository;

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
        ExistingRepositoryGroup existing = new ExistingRepositoryGroup(this, "tls.client", new ExistingRepositoryGroup.Side() { //$NON-NLS-1$
            @Override
            public void path(String path) {
                model.clientRepository = path;
            }

            @Override
            public String label() {
                return model.clientLabel;
            }

            @Override
            public void read(ExistingKeyRepository repository) {
                model.existingClient = repository;
                if (repository != null) {
                    dn.setText(repository.identity().subject()); // SSLPEER on page 5 follows the certificate's DN
                }
            }
        }, key, dn);
        existing.create(body);
        label.addListener(SWT.Modify, e -> existing.forget());
    }

    @Override
    List<Finding> findings() {
        return controller.clientFindings();
    }
}
