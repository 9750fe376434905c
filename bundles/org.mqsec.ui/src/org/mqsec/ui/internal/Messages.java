package org.mqsec.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the widgets the workbench's views, editors and wizards share. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.messages"; //$NON-NLS-1$

    public static String Findings_finding;
    public static String Findings_fix;
    public static String PathFacts_job;
    public static String Import_sourcePasted;
    public static String Import_readFile;
    public static String Import_button;
    public static String Import_reading;
    public static String Import_readFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
