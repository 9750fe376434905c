package org.mqsec.ui.internal.ams;

import org.eclipse.osgi.util.NLS;

/** Messages of the AMS policy view, its form and dialogs. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.ams.messages"; //$NON-NLS-1$

    public static String Check_title;
    public static String Check_message;
    public static String Check_putter;
    public static String Check_getter;
    public static String Check_policy;
    public static String Check_client;
    public static String Check_clientJava;
    public static String Check_clientC;
    public static String Check_conf;
    public static String Check_browse;
    public static String Check_run;
    public static String Check_running;
    public static String Check_job;
    public static String Check_notRun;
    public static String Check_noConf;
    public static String Form_title;
    public static String Form_rolesTab;
    public static String Form_findingsTab;
    public static String Form_renderedTab;
    public static String Form_name;
    public static String Form_signature;
    public static String Form_encryption;
    public static String Form_signers;
    public static String Form_recipients;
    public static String Form_pick;
    public static String Form_type;
    public static String Form_remove;
    public static String Form_typeTitle;
    public static String Form_typeMessage;
    public static String Form_tolerate;
    public static String Form_keyReuse;
    public static String Form_keyReuseFix;
    public static String Form_nothing;
    public static String Form_protection;
    public static String Form_putter;
    public static String Form_getter;
    public static String Form_notRendered;
    public static String Form_setmqsplNeedsQmgr;
    public static String Picker_title;
    public static String Picker_message;
    public static String Picker_none;
    public static String Picker_filter;
    public static String Picker_open;
    public static String Picker_refresh;
    public static String Picker_dn;
    public static String Picker_where;
    public static String Picker_label;
    public static String Picker_expires;
    public static String Picker_kind;
    public static String Picker_expired;
    public static String Picker_own;
    public static String Picker_trusted;
    public static String Picker_insert;
    public static String Picker_token;
    public static String Import_title;
    public static String Import_message;
    public static String Import_failed;
    public static String Job_read;
    public static String Job_export;
    public static String View_import;
    public static String View_readQmgr;
    public static String View_readQmgrTitle;
    public static String View_new;
    public static String View_remove;
    public static String View_removeTitle;
    public static String View_removeQuestion;
    public static String View_export;
    public static String View_exportTitle;
    public static String View_exportErrors;
    public static String View_exportNeedsQmgr;
    public static String View_exportFailed;
    public static String View_check;
    public static String View_apply;
    public static String View_noChanges;
    public static String View_queueManager;
    public static String View_columnName;
    public static String View_columnProtection;
    public static String View_columnSignature;
    public static String View_columnEncryption;
    public static String View_columnSigners;
    public static String View_columnRecipients;
    public static String View_columnEnforce;
    public static String View_allFindings;
    public static String View_noPolicies;
    public static String View_summary;
    public static String View_sourceEdited;
    public static String View_sourceNew;
    public static String View_sourceQmgr;
    public static String View_unreadable;
    public static String View_duplicateName;
    public static String View_duplicateNameFix;

    public static String Inspect_title;
    public static String Inspect_message;
    public static String Inspect_file;
    public static String Inspect_run;
    public static String Inspect_job;
    public static String Inspect_failed;
    public static String Inspect_fix;
    public static String Inspect_issuer;
    public static String Inspect_serial;
    public static String Inspect_matched;
    public static String Inspect_notOpen;
    public static String Inspect_deadLetter;
    public static String Inspect_protection;
    public static String Inspect_signer;
    public static String Inspect_signerHidden;
    public static String Inspect_encryption;
    public static String Inspect_keyReuse;
    public static String Inspect_replayGroup;
    public static String Inspect_replay;
    public static String Inspect_replayJob;
    public static String Inspect_noPolicy;
    public static String View_inspect;

    public static String Inspect_browseQueue;
    public static String Inspect_browseTitle;
    public static String Inspect_browseJob;
    public static String Inspect_browsed;
    public static String Inspect_reason;
    public static String Inspect_destination;
    public static String Inspect_protectionColumn;
    public static String Inspect_policy;
    public static String Inspect_size;
    public static String Inspect_unreadable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
