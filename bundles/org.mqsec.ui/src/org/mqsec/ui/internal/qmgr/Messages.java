package org.mqsec.ui.internal.qmgr;

import org.eclipse.osgi.util.NLS;

/** Messages of the Queue Managers view, connection profiles and applying plans. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.qmgr.messages"; //$NON-NLS-1$

    public static String Apply_title;
    public static String Apply_heading;
    public static String Apply_message;
    public static String Apply_hasErrors;
    public static String Apply_profile;
    public static String Apply_compare;
    public static String Apply_apply;
    public static String Apply_columnOutcome;
    public static String Apply_columnWhat;
    public static String Apply_notCompared;
    public static String Apply_comparing;
    public static String Apply_compareJob;
    public static String Apply_applyJob;
    public static String Apply_applying;
    public static String Apply_nothingToDo;
    public static String Apply_toDo;
    public static String Apply_asPlanned;
    public static String Apply_notAsPlanned;
    public static String Apply_stepsFailed;
    public static String Apply_notReread;
    public static String Apply_stepFinding;
    public static String Apply_noProfiles;
    public static String Profile_addTitle;
    public static String Profile_editTitle;
    public static String Profile_editHeading;
    public static String Profile_message;
    public static String Profile_name;
    public static String Profile_nameTip;
    public static String Profile_connections;
    public static String Profile_connectionsTip;
    public static String Profile_channel;
    public static String Profile_channelTip;
    public static String Profile_queueManager;
    public static String Profile_queueManagerTip;
    public static String Profile_cipherSpec;
    public static String Profile_cipherSpecTip;
    public static String Profile_keyStore;
    public static String Profile_keyStoreTip;
    public static String Profile_trustStore;
    public static String Profile_trustStoreTip;
    public static String Profile_userId;
    public static String Profile_userIdTip;
    public static String Profile_modelQueue;
    public static String Profile_modelQueueTip;
    public static String Profile_timeout;
    public static String Profile_duplicate;
    public static String Profile_duplicateFix;
    public static String Profiles_reading;
    public static String Profiles_writing;
    public static String Profiles_importing;
    public static String Profiles_unreadable;
    public static String Profiles_notWritten;
    public static String Profiles_ccdtUnreadable;
    public static String Secrets_title;
    public static String Secrets_message;
    public static String Secrets_connect;
    public static String Secrets_user;
    public static String View_add;
    public static String View_edit;
    public static String View_remove;
    public static String View_importCcdt;
    public static String View_importCcdtTitle;
    public static String View_test;
    public static String View_read;
    public static String View_columnName;
    public static String View_columnQueueManager;
    public static String View_columnChannel;
    public static String View_columnConnections;
    public static String View_columnCipherSpec;
    public static String View_columnStatus;
    public static String View_noTls;
    public static String View_loading;
    public static String View_summary;
    public static String View_removeTitle;
    public static String View_removeQuestion;
    public static String View_imported;
    public static String View_testJob;
    public static String View_readJob;
    public static String View_connected;
    public static String View_failed;
    public static String View_readResult;
    public static String Work_connecting;
    public static String Work_defect;
    public static String Work_defectFix;
    public static String Chooser_message;
    public static String Chooser_read;

    public static String Fleet_nothing;
    public static String Fleet_scanProfiles;
    public static String Fleet_scanDumps;
    public static String Fleet_exportCsv;
    public static String Fleet_exportJson;
    public static String Fleet_exportTitle;
    public static String Fleet_exportJob;
    public static String Fleet_exportFailed;
    public static String Fleet_scanning;
    public static String Fleet_cancelled;
    public static String Fleet_summary;
    public static String Fleet_severity;
    public static String Fleet_queueManager;
    public static String Fleet_expires;
    public static String Fleet_what;
    public static String Fleet_code;
    public static String Fleet_days;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
