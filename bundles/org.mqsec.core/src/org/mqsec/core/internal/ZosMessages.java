package org.mqsec.core.internal;

import java.lang.reflect.Field;

import org.eclipse.osgi.util.NLS;

/** Messages of z/OS output: RACF names, RACDCERT, jobs, MQ RACF profiles and DISPLAY SECURITY. */
public final class ZosMessages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.core.internal.zos"; //$NON-NLS-1$

    public static String Names_userId;
    public static String Names_userIdFix;
    public static String Names_label;
    public static String Names_labelFix;
    public static String Names_ring;
    public static String Names_ringFix;
    public static String Names_dataset;
    public static String Names_datasetFix;
    public static String Names_profile;
    public static String Names_profileFix;
    public static String Names_profileCase;
    public static String Names_profileCaseFix;
    public static String Subject_attribute;
    public static String Subject_multiValued;
    public static String Subject_repeated;
    public static String Subject_value;
    public static String Subject_fix;
    public static String Subject_order;
    public static String Subject_orderFix;
    public static String Subject_notSubjectsdn;
    public static String Command_key;
    public static String Command_keyFix;
    public static String Command_weakKey;
    public static String Command_weakKeyFix;
    public static String Command_date;
    public static String Command_dateFix;
    public static String Command_keyUsage;
    public static String Command_keyUsageFix;
    public static String Command_usage;
    public static String Command_usageFix;
    public static String Command_format;
    public static String Command_formatFix;
    public static String Command_exportPassword;
    public static String Command_exportPasswordFix;
    public static String Command_host;
    public static String Command_hostFix;
    public static String Describe_ca;
    public static String Describe_certificate;
    public static String Describe_selfSigned;
    public static String Describe_signRequest;
    public static String Describe_addRing;
    public static String Describe_connect;
    public static String Describe_listRing;
    public static String Describe_export;
    public static String Describe_request;
    public static String Describe_add;
    public static String Describe_map;
    public static String Describe_refresh;
    public static String Job_noJobStatement;
    public static String Job_badLine;
    public static String Job_jobCardFix;
    public static String Display_unreadable;
    public static String Display_unreadableFix;
    public static String Display_subsystemOff;
    public static String Display_subsystemOffFix;
    public static String Display_switchOff;
    public static String Display_switchOffFix;
    public static String Display_profileName;
    public static String Display_profileNameFix;
    public static String Display_clientChecks;
    public static String Display_clientChecksFix;
    public static String Switch_onOther;
    public static String Switch_offOther;
    public static String Switch_SUBSYSTEM_on;
    public static String Switch_SUBSYSTEM_off;
    public static String Switch_QMGR_on;
    public static String Switch_QMGR_off;
    public static String Switch_QSG_on;
    public static String Switch_QSG_off;
    public static String Switch_CONNECTION_on;
    public static String Switch_CONNECTION_off;
    public static String Switch_COMMAND_on;
    public static String Switch_COMMAND_off;
    public static String Switch_CONTEXT_on;
    public static String Switch_CONTEXT_off;
    public static String Switch_ALTERNATE_USER_on;
    public static String Switch_ALTERNATE_USER_off;
    public static String Switch_PROCESS_on;
    public static String Switch_PROCESS_off;
    public static String Switch_NAMELIST_on;
    public static String Switch_NAMELIST_off;
    public static String Switch_QUEUE_on;
    public static String Switch_QUEUE_off;
    public static String Switch_TOPIC_on;
    public static String Switch_TOPIC_off;
    public static String Switch_COMMAND_RESOURCES_on;
    public static String Switch_COMMAND_RESOURCES_off;
    public static String Profiles_unreadable;
    public static String Profiles_empty;
    public static String Profiles_subsystem;
    public static String Profiles_subsystemFix;
    public static String Profiles_connectionType;
    public static String Profiles_connectionTypeFix;
    public static String Profiles_access;
    public static String Profiles_accessFix;
    public static String Profiles_noIds;
    public static String Profiles_noIdsFix;
    public static String Profiles_switch;
    public static String Profiles_switchFix;
    public static String Profiles_switchOff;
    public static String Profiles_switchOffFix;
    public static String Profiles_refresh;
    public static String Profiles_refreshFix;
    public static String Tls_existingServer;
    public static String Tls_existingServerFix;
    public static String Tls_sslTasks;
    public static String Tls_sslTasksFix;
    public static String Tls_chinRestart;
    public static String Tls_existingClient;
    public static String Tls_existingClientFix;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ZosMessages.class);
    }

    private ZosMessages() {
    }

    /** A message with three values. */
    public static String bind(String message, Object first, Object second, Object third) {
        return NLS.bind(message, new Object[] { first, second, third });
    }

    /** A message with four values. */
    public static String bind(String message, Object first, Object second, Object third, Object fourth) {
        return NLS.bind(message, new Object[] { first, second, third, fourth });
    }

    /** The message of a key chosen at run time (Switch_QUEUE_off...). */
    public static String text(String key) {
        try {
            Field field = ZosMessages.class.getField(key);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(key, e);
        }
    }
}
