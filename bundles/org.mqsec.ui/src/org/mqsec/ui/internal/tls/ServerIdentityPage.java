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

    private final java.util.Map<String, Text> fields = new java.util.HashMap<>();
    /** Set while the page itself writes a default into a field, so that it is not taken as the user's choice. */
    private boolean writingDefaults;

    ServerIdentityPage(TlsChannelController controller) {
        super("server", Messages.Server_title, Messages.Server_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        TlsChannelModel model = controller.model();
        combo(body, Messages.Server_signer, "tls.serverSigner", new String[] { TlsChannelSpec.LOCAL_CA, TlsChannelSpec.SELF_SIGNED }, //$NON-NLS-1$
                model.serverSigner, v -> model.serverSigner = v);
        Combo key = combo(body, Messages.Server_key, "tls.serverKey", KEYS, model.serverKey, v -> model.serverKey = v); //$NON-NLS-1$
        Text dn = field(body, Messages.Server_dn, "serverDn", model.serverDn, v -> model.serverDn = v); //$NON-NLS-1$
        field(body, Messages.Server_caDn, "caDn", model.caDn, v -> model.caDn = v); //$NON-NLS-1$
        field(body, Messages.Server_label, "certificateLabel", model.certificateLabel, v -> model.certificateLabel = v); //$NON-NLS-1$
        check(body, Messages.Server_setLabel, "tls.setCertificateLabel", model.setCertificateLabel, v -> model.setCertificateLabel = v); //$NON-NLS-1$
        field(body, Messages.Server_stem, "keyRepositoryStem", model.keyRepositoryStem, v -> model.keyRepositoryStem = v); //$NON-NLS-1$
        field(body, Messages.Server_chinUser, "chinUser", model.chinUser, v -> model.chinUser = v); //$NON-NLS-1$
        number(body, Messages.Server_sslTasks, "tls.sslTasks", model.sslTasks, v -> model.sslTasks = v); //$NON-NLS-1$
        field(body, Messages.Server_datasetPrefix, "datasetPrefix", model.datasetPrefix, v -> model.datasetPrefix = v); //$NON-NLS-1$
        new ExistingRepositoryGroup(this, "tls.server", v -> model.serverRepository = v, () -> model.certificateLabel, r -> model.existingServer = r, dn, key) //$NON-NLS-1$
                .create(body, fields.get("certificateLabel")); //$NON-NLS-1$
    }

    /** A text field of a value that follows the queue manager and platform until the user types it (widget "tls." + name). */
    private Text field(Composite body, String label, String name, String initial, java.util.function.Consumer<String> setter) {
        Text text = text(body, label, "tls." + name, initial, v -> { //$NON-NLS-1$
            setter.accept(v);
            if (!writingDefaults) {
                controller.model().chosen.add(name);
            }
        });
        fields.put(name, text);
        return text;
    }

    /** The queue manager and platform (page 1) may have changed the defaults since the fields were made. */
    @Override
    public void setVisible(boolean visible) {
        TlsChannelModel model = controller.model();
        if (visible && !fields.isEmpty()) {
            model.refreshDefaults();
            writingDefaults = true;
            try {
                show("serverDn", model.serverDn); //$NON-NLS-1$
                show("caDn", model.caDn); //$NON-NLS-1$
                show("certificateLabel", model.certificateLabel); //$NON-NLS-1$
                show("keyRepositoryStem", model.keyRepositoryStem); //$NON-NLS-1$
                show("chinUser", model.chinUser); //$NON-NLS-1$
                show("datasetPrefix", model.datasetPrefix); //$NON-NLS-1$
            } finally {
                writingDefaults = false;
            }
        }
        super.setVisible(visible);
    }

    private void show(String name, String value) {
        Text text = fields.get(name);
        if (!text.getText().equals(value)) {
            text.setText(value);
        }
    }

    @Override
    List<Finding> findings() {
        return controller.serverFindings();
    }
}
