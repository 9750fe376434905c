package org.mqsec.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.mqsec.ui.internal.chlauth.ChlauthView;

/**
 * Key repositories open in the editor area; the channel authentication records view, when opened,
 * takes the lower half of the window at full width, since it lays records and RUNCHECK side by side.
 */
public final class SecurityPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addPlaceholder(ChlauthView.ID, IPageLayout.BOTTOM, 0.35f, layout.getEditorArea());
    }
}
