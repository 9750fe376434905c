package org.mqsec.core.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of plans: validation, steps, scripts. */
public final class PlanMessages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.core.internal.plan"; //$NON-NLS-1$

    public static String Attribute_unknown;
    public static String State_queueManager;
    public static String State_channels;
    public static String State_chlauth;
    public static String State_authinfos;
    public static String State_policies;
    public static String State_running;
    public static String State_problems;
    public static String State_channel;
    public static String State_findings;
    public static String Change_attribute;
    public static String Change_added;
    public static String Change_changed;
    public static String Change_unchanged;
    public static String Change_removed;
    public static String Change_missing;
    public static String Change_action;
    public static String Change_resetToDefault;
    public static String PlanFile_notObject;
    public static String PlanFile_notJson;
    public static String PlanFile_format;
    public static String PlanFile_noSteps;
    public static String PlanFile_platform;
    public static String PlanFile_step;
    public static String PlanFile_stepNotObject;
    public static String PlanFile_type;
    public static String PlanFile_mode;
    public static String PlanFile_racdcert;
    public static String Script_racfStep;
    public static String PlanFile_record;
    public static String PlanFile_attributes;
    public static String PlanFile_value;
    public static String PlanFile_field;
    public static String Attribute_unknownFix;
    public static String Attribute_readOnly;
    public static String Attribute_oneValue;
    public static String Attribute_badWord;
    public static String Attribute_badNumber;
    public static String Plan_where;
    public static String Plan_empty;
    public static String Plan_noName;
    public static String Plan_channelType;
    public static String Plan_channelTypeFix;
    public static String Plan_notForType;
    public static String Plan_notForTypeFix;
    public static String Plan_unknownCipher;
    public static String Plan_unknownCipherFix;
    public static String Plan_deprecatedCipher;
    public static String Plan_deprecatedCipherFix;
    public static String Plan_noTls;
    public static String Plan_noTlsFix;
    public static String Plan_sslcauthOptional;
    public static String Plan_sslcauthOptionalFix;
    public static String Plan_blankMcauser;
    public static String Plan_blankMcauserFix;
    public static String Plan_privilegedMcauser;
    public static String Plan_privilegedMcauserFix;
    public static String Plan_chlauthDisabled;
    public static String Plan_chlauthDisabledFix;
    public static String Plan_backstop;
    public static String Plan_backstopFix;
    public static String Plan_zosOnly;
    public static String Plan_zosOnlyFix;
    public static String Plan_refreshType;
    public static String Plan_refreshTypeFix;
    public static String Script_header;
    public static String Script_headerFor;
    public static String Script_step;
    public static String Script_localStep;
    public static String State_unreadableFix;
    public static String Step_alterQmgr;
    public static String Step_defineChannel;
    public static String Step_alterChannel;
    public static String Step_chlauthAdd;
    public static String Step_chlauthReplace;
    public static String Step_chlauthRemove;
    public static String Step_chlauthRemoveAll;
    public static String Step_setPolicy;
    public static String Step_deletePolicy;
    public static String Step_refresh;

    static {
        NLS.initializeMessages(BUNDLE_NAME, PlanMessages.class);
    }

    private PlanMessages() {
    }
}
