package org.mqsec.ui.internal.chlauth;

import org.eclipse.osgi.util.NLS;

/** Messages of the channel authentication view and its dialogs. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.chlauth.messages"; //$NON-NLS-1$

    public static String View_noRecords;
    public static String View_readQmgr;
    public static String View_readQmgrTitle;
    public static String View_apply;
    public static String View_sourceQmgr;
    public static String View_noChanges;
    public static String View_summary;
    public static String View_summaryDisabled;
    public static String View_import;
    public static String View_defaults;
    public static String View_add;
    public static String View_edit;
    public static String View_remove;
    public static String View_export;
    public static String View_columnRecord;
    public static String View_columnAttributes;
    public static String View_columnFindings;
    public static String View_defaultMark;
    public static String View_typeCount;
    public static String View_generic;
    public static String View_sourceDefaults;
    public static String View_sourceEdited;
    public static String View_exportTitle;
    public static String View_exportFailed;
    public static String View_removeTitle;
    public static String View_removeQuestion;
    public static String View_allFindings;
    public static String Runcheck_group;
    public static String Runcheck_channel;
    public static String Runcheck_address;
    public static String Runcheck_user;
    public static String Runcheck_qmname;
    public static String Runcheck_peer;
    public static String Runcheck_issuer;
    public static String Runcheck_privileged;
    public static String Runcheck_run;
    public static String Runcheck_needChannel;
    public static String Runcheck_generic;
    public static String Runcheck_userOrQmname;
    public static String Runcheck_allowed;
    public static String Runcheck_allowedChannel;
    public static String Runcheck_blocked;
    public static String Runcheck_record;
    public static String Runcheck_noRecord;
    public static String Record_addTitle;
    public static String Record_editTitle;
    public static String Record_message;
    public static String Record_type;
    public static String Record_profile;
    public static String Record_userList;
    public static String Record_addrList;
    public static String Record_sslPeer;
    public static String Record_sslCertIssuer;
    public static String Record_clientUser;
    public static String Record_qmName;
    public static String Record_address;
    public static String Record_userSource;
    public static String Record_mcaUser;
    public static String Record_checkClient;
    public static String Record_warn;
    public static String Record_description;
    public static String Record_duplicate;
    public static String Record_duplicateFix;
    public static String Import_title;
    public static String Import_message;
    public static String Import_problems;
    public static String Job_export;
    public static String Job_read;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
