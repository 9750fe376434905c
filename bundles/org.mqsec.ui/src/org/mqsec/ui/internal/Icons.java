package org.mqsec.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The workbench's own icons (drawn by releng/icons/draw-icons.py), by name. */
public final class Icons {

    public static final String KEYSTORE = "keystore"; //$NON-NLS-1$
    public static final String TLS_CHANNEL = "tls_channel"; //$NON-NLS-1$
    public static final String SECURITY = "security"; //$NON-NLS-1$
    public static final String CHLAUTH = "chlauth"; //$NON-NLS-1$
    public static final String AMS = "ams"; //$NON-NLS-1$
    public static final String QUEUE_MANAGER = "qmgr"; //$NON-NLS-1$
    public static final String REPORT = "report"; //$NON-NLS-1$
    public static final String TOKEN = "token"; //$NON-NLS-1$

    private Icons() {
    }

    public static ImageDescriptor descriptor(String name) {
        return ResourceLocator.imageDescriptorFromBundle("org.mqsec.ui", "icons/" + name + ".png") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .orElse(ImageDescriptor.getMissingImageDescriptor());
    }
}
