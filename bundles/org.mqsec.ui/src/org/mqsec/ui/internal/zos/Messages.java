package org.mqsec.ui.internal.zos;

import org.eclipse.osgi.util.NLS;

/** Messages of the z/OS preference page. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.zos.messages"; //$NON-NLS-1$

    public static String Preferences_description;
    public static String Preferences_jobCard;
    public static String Preferences_saveJob;
    public static String Preferences_saveFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
