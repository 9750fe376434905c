package org.mqsec.ui.internal.tls;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.TlsChannelSpec;

/** Page 2: the queue manager's certificate (new, by a local CA or self-signed, or an existing one), its label and SSLKEYR. */
final class ServerIdentityPage extends SpecPage {

    static final String[] KEYS = { "rsa3072", "rsa4096", "ec-p256", "ec-p384", "rsa2048" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    ServerIdentityPage(TlsChannelController controller) {
        super("server", Messages.Server_title, Messages.Server_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        TlsChannelModel model = controller.model();
        combo(body, Messages.Server_signer, "tls.serverSigner", new String[] { TlsChannelSpec.LOCAL_CA, TlsChannelSpec.SELF_SIGNED }, //$NON-NLS-1$
                model.serverSigner, v -> model.serverSigner = v);
        Combo key = combo(body, Messages.Server_key, "tls.serverKey", KEYS, model.serverKey, v -> model.serverKey = v); //$NON-NLS-1$
        Text dn = text(body, Messages.Server_dn, "tls.serverDn", model.serverDn, v -> model.serverDn = v); //$NON-NLS-1$
        text(body, Messages.Server_caDn, "tls.caDn", model.caDn, v -> model.caDn = v); //$NON-NLS-1$
        Text label = text(body, Messages.Server_label, "tls.certificateLabel", model.certificateLabel, v -> model.certificateLabel = v); //$NON-NLS-1$
        check(body, Messages.Server_setLabel, "tls.setCertificateLabel", model.setCertificateLabel, v -> model.setCertificateLabel = v); //$NON-NLS-1$
        text(body, Messages.Server_stem, "tls.keyRepositoryStem", model.keyRepositoryStem, v -> model.keyRepositoryStem = v); //$NON-NLS-1$
        new ExistingRepositoryGroup(this, "tls.server", v -> model.serverRepository = v, () -> model.certificateLabel, r -> model.existingServer = r, dn, key) //$NON-NLS-1$
                .create(body, label);
    }

    @Override
    List<Finding> findings() {
        return controller.serverFindings();
    }
}
