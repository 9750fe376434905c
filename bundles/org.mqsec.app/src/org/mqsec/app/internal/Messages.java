package org.mqsec.app.internal;

import org.eclipse.osgi.util.NLS;

/** Menu titles of the standalone application. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.app.internal.messages"; //$NON-NLS-1$

    public static String Menu_file;
    public static String Menu_window;
    public static String Menu_help;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
