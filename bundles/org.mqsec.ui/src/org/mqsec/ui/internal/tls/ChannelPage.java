package org.mqsec.ui.internal.tls;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.findings.Finding;

/** Page 5: the SVRCONN channel: name, SSLCAUTH, SSLPEER (from the client's DN until edited), MCAUSER, limits. */
final class ChannelPage extends SpecPage {

    private Text sslPeer;
    private boolean peerEdited;
    private boolean filling;

    ChannelPage(TlsChannelController controller) {
        super("channel", Messages.Channel_title, Messages.Channel_description, controller); //$NON-NLS-1$
    }

    @Override
    void createFields(Composite body) {
        TlsChannelModel model = controller.model();
        text(body, Messages.Channel_name, "tls.channel", model.channel, v -> model.channel = v); //$NON-NLS-1$
        combo(body, Messages.Channel_sslcauth, "tls.sslCauth", new String[] { "REQUIRED", "OPTIONAL" }, model.sslCauth, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                v -> model.sslCauth = v);
        sslPeer = text(body, Messages.Channel_sslpeer, "tls.sslPeer", model.sslPeer, v -> model.sslPeer = v); //$NON-NLS-1$
        sslPeer.addListener(SWT.Modify, e -> peerEdited |= !filling);
        text(body, Messages.Channel_mcauser, "tls.mcaUser", model.mcaUser, v -> model.mcaUser = v); //$NON-NLS-1$
        number(body, Messages.Channel_maxinst, "tls.maxInstances", model.maxInstances, v -> model.maxInstances = v); //$NON-NLS-1$
        number(body, Messages.Channel_maxinstc, "tls.maxInstancesPerClient", model.maxInstancesPerClient, //$NON-NLS-1$
                v -> model.maxInstancesPerClient = v);
        number(body, Messages.Channel_sharecnv, "tls.sharingConversations", model.sharingConversations, //$NON-NLS-1$
                v -> model.sharingConversations = v);
        text(body, Messages.Channel_descr, "tls.description", model.description, v -> model.description = v); //$NON-NLS-1$
    }

    @Override
    public void setVisible(boolean visible) {
        TlsChannelModel model = controller.model();
        if (visible && sslPeer != null && !peerEdited && model.mutualTls && !sslPeer.getText().equals(model.clientDn)) {
            filling = true;
            sslPeer.setText(model.clientDn); // SSLPEER built from the client certificate's DN (page 3)
            filling = false;
        }
        super.setVisible(visible);
    }

    @Override
    List<Finding> findings() {
        return controller.channelFindings();
    }
}
