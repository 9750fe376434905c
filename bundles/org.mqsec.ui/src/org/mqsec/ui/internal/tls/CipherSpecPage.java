package org.mqsec.ui.internal.tls;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.CipherSpec;
import org.mqsec.core.tls.CipherSpecs;

/** Page 4: SSLCIPH of the channel (the chooser) and of the client, with findings for the certificates chosen on pages 2 and 3. */
final class CipherSpecPage extends SpecPage {

    private Combo client;

    CipherSpecPage(TlsChannelController controller) {
        super("cipher", Messages.Cipher_title, Messages.Cipher_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        TlsChannelModel model = controller.model();
        CipherSpecChooser chooser = new CipherSpecChooser(body, "tls.cipher"); //$NON-NLS-1$
        chooser.select(model.serverCipherSpec);
        String[] names = CipherSpecs.all().stream().map(CipherSpec::name).toArray(String[]::new);
        client = combo(body, Messages.Cipher_client, "tls.clientCipherSpec", names, model.clientCipherSpec, //$NON-NLS-1$
                v -> model.clientCipherSpec = v);
        chooser.onChoice(spec -> {
            boolean followed = model.clientCipherSpec.equals(model.serverCipherSpec);
            model.serverCipherSpec = spec.name();
            if (followed) { // the client follows the channel until it is set apart
                model.clientCipherSpec = spec.name();
                client.setText(spec.name());
            }
            update();
        });
    }

    @Override
    List<Finding> findings() {
        return controller.cipherFindings();
    }
}
