package org.mqsec.qmgr.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of connections, profiles, reading and applying. */
public final class QmgrMessages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.qmgr.internal.qmgr"; //$NON-NLS-1$

    public static String Profile_noName;
    public static String Fleet_scanning;
    public static String Fleet_timedOut;
    public static String Profile_noNameFix;
    public static String Profile_noConnection;
    public static String Profile_badConname;
    public static String Profile_badConnameFix;
    public static String Profile_noChannel;
    public static String Profile_noChannelFix;
    public static String Profile_noTls;
    public static String Profile_noTlsFix;
    public static String Profile_unknownCipher;
    public static String Profile_unknownCipherFix;
    public static String Profile_noJavaSuite;
    public static String Profile_badTimeout;
    public static String Profile_describe;
    public static String Profile_connectionsField;
    public static String Profile_channelField;
    public static String Profile_queueManagerField;
    public static String Profile_modelQueueField;
    public static String Profile_userIdField;
    public static String Profiles_file;
    public static String Profiles_ccdt;
    public static String Profiles_where;
    public static String Profiles_ccdtWhere;
    public static String Profiles_noList;
    public static String Profiles_notList;
    public static String Profiles_notObject;
    public static String Profiles_notText;
    public static String Profiles_notNumber;
    public static String Profiles_missing;
    public static String Profiles_notJson;
    public static String Connect_badProfile;
    public static String Connect_noAnswer;
    public static String Connect_at;
    public static String Connect_commandServer;
    public static String Connect_stores;
    public static String Connect_noStore;
    public static String Connect_badStore;
    public static String Reply_parameter;
    public static String Read_task;
    public static String Apply_cancelled;
    public static String Apply_stopped;
    public static String Apply_localOnly;
    public static String Apply_racfOnly;
    public static String Apply_otherQueueManager;
    public static String Apply_otherQueueManagerFix;

    static {
        NLS.initializeMessages(BUNDLE_NAME, QmgrMessages.class);
    }

    private QmgrMessages() {
    }
}
