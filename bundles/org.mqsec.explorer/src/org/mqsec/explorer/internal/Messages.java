package org.mqsec.explorer.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the MQ Explorer bridge. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.explorer.internal.messages"; //$NON-NLS-1$

    public static String Bridge_title;
    public static String Bridge_reading;
    public static String Bridge_describe;
    public static String Bridge_notConnected;
    public static String Bridge_notConnectedFix;
    public static String Bridge_failed;
    public static String Bridge_failedFix;
    public static String Bridge_unknownApi;
    public static String Bridge_noBrowse;
    public static String Bridge_noBrowseFix;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
