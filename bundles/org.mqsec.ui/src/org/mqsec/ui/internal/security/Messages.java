package org.mqsec.ui.internal.security;

import org.eclipse.osgi.util.NLS;

/** Messages of the queue manager security view. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.security.messages"; //$NON-NLS-1$

    public static String View_readQmgr;
    public static String View_fix;
    public static String View_nothingToFix;
    public static String View_fixedReadAgain;
    public static String View_readQmgrTitle;
    public static String View_loadDump;
    public static String View_keyRepository;
    public static String View_keyRepositoryTitle;
    public static String View_keyRepositoryJob;
    public static String View_export;
    public static String View_exportTitle;
    public static String View_exportJob;
    public static String View_exportFailed;
    public static String View_findings;
    public static String View_findingsCount;
    public static String View_channels;
    public static String View_channel;
    public static String View_status;
    public static String View_certificates;
    public static String View_label;
    public static String View_subject;
    public static String View_expires;
    public static String View_usedBy;
    public static String View_settings;
    public static String View_attribute;
    public static String View_value;
    public static String View_policies;
    public static String View_policy;
    public static String View_protection;
    public static String View_nothing;
    public static String View_summary;
    public static String Load_title;
    public static String Load_message;
    public static String Load_job;

    public static String Navigator_title;
    public static String Navigator_tokens;
    public static String Navigator_token;
    public static String Navigator_tokensJob;
    public static String Welcome_title;
    public static String Welcome_text;
    public static String Welcome_openKeyRepository;
    public static String Welcome_newTlsChannel;
    public static String Welcome_addQueueManager;
    public static String Navigator_overview;
    public static String Navigator_keyRepository;
    public static String Navigator_channels;
    public static String Navigator_chlauth;
    public static String Navigator_ams;
    public static String Navigator_certificates;
    public static String Navigator_refresh;
    public static String Navigator_empty;
    public static String Navigator_summary;
    public static String Navigator_dump;
    public static String Navigator_keyRepositoryAway;

    public static String View_zos;
    public static String View_displaySecurity;
    public static String View_displaySecurityTitle;
    public static String View_displaySecurityMessage;
    public static String View_displaySecurityJob;
    public static String View_noDisplaySecurity;
    public static String View_zosSettings;
    public static String View_switch;
    public static String View_switchState;
    public static String View_switchProfile;
    public static String View_switchMeaning;
    public static String View_profileFound;
    public static String View_profileNotFound;
    public static String View_displayOnly;
    public static String View_zosHint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
