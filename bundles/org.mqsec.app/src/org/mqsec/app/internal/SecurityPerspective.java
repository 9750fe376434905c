package org.mqsec.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.mqsec.ui.internal.ams.AmsPolicyView;
import org.mqsec.ui.internal.chlauth.ChlauthView;
import org.mqsec.ui.internal.qmgr.QueueManagersView;
import org.mqsec.ui.internal.security.SecurityNavigator;
import org.mqsec.ui.internal.security.SecurityView;
import org.mqsec.ui.internal.tls.CipherSpecView;
import org.mqsec.ui.internal.tokens.TokensView;

/**
 * The security navigator on the left, as MQ Explorer's navigator is; key repositories open in the
 * editor area; the views a queue manager's parts open (security, channel authentication, AMS
 * policies, queue managers, tokens, CipherSpecs) share the lower part of the window at the editor
 * area's width, since they lay lists and forms side by side.
 */
public final class SecurityPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(SecurityNavigator.ID, IPageLayout.LEFT, 0.22f, layout.getEditorArea());
        IPlaceholderFolderLayout lower = layout.createPlaceholderFolder("org.mqsec.app.lower", IPageLayout.BOTTOM, 0.35f, //$NON-NLS-1$
                layout.getEditorArea());
        for (String view : new String[] { SecurityView.ID, ChlauthView.ID, AmsPolicyView.ID, QueueManagersView.ID, TokensView.ID, CipherSpecView.ID }) {
            lower.addPlaceholder(view);
        }
    }
}
