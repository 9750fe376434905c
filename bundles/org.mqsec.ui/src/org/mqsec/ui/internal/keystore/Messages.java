package org.mqsec.ui.internal.keystore;

import org.eclipse.osgi.util.NLS;

/** Messages of the key repository editor. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.keystore.messages"; //$NON-NLS-1$

    public static String Editing_cmsUpgradeTitle;
    public static String Editing_cmsUpgrade;
    public static String Editor_openFailed;
    public static String Editor_unsupportedInput;
    public static String Editor_opening;
    public static String Editor_cancel;
    public static String Editor_retry;
    public static String Editor_summary;
    public static String Editor_noProtection;
    public static String Editor_filterHint;
    public static String Editor_statusColumn;
    public static String Open_title;
    public static String Open_filterRepositories;
    public static String Open_filterAll;
    public static String Details_nothingSelected;
    public static String Details_heading;
    public static String Details_copyFingerprint;
    public static String Details_copyPem;
    public static String Details_export;
    public static String Details_tabDetails;
    public static String Details_tabChain;
    public static String Details_tabPem;
    public static String Details_tabCommands;
    public static String Details_noCommands;
    public static String Details_field;
    public static String Details_value;
    public static String Details_certificate;
    public static String Details_verification;
    public static String Export_title;
    public static String Export_filterPem;
    public static String Export_filterDer;
    public static String Export_filterP7b;
    public static String Export_filterPublicKey;
    public static String Export_job;
    public static String Password_title;
    public static String Password_heading;
    public static String Password_message;
    public static String Password_wrong;
    public static String Password_label;
    public static String Password_remember;
    public static String Password_rememberTooltip;
    public static String Password_open;
    public static String Password_storageReadFailed;
    public static String Password_storageWriteFailed;
    public static String Editing_rename;
    public static String Editing_delete;
    public static String Editing_renameTitle;
    public static String Editing_renameMessage;
    public static String Editing_labelEmpty;
    public static String Editing_labelTaken;
    public static String Editing_deleteTitle;
    public static String Editing_deleteMessage;
    public static String Editing_unsaved;
    public static String Editing_unsavedWrites;
    public static String Editing_changedOnDiskTitle;
    public static String Editing_changedOnDisk;
    public static String Editing_overwrite;
    public static String Editing_reload;
    public static String Editing_saveAsTitle;
    public static String Editing_failedTitle;
    public static String Editing_readingJob;
    public static String Editing_generateJob;
    public static String Editing_savingJob;
    public static String Editing_generate;
    public static String Editing_createCa;
    public static String Actions_request;
    public static String Actions_receive;
    public static String Actions_sign;
    public static String Actions_exportKey;
    public static String Actions_importCertificates;
    public static String Actions_importKeys;
    public static String Actions_changePassword;
    public static String Actions_passwordChangedTitle;
    public static String Actions_notAKey;
    public static String Actions_requestTitle;
    public static String Actions_requestWritten;
    public static String Actions_receiveTitle;
    public static String Actions_chainIncomplete;
    public static String Actions_importTitle;
    public static String Actions_importKeysTitle;
    public static String Actions_signTitle;
    public static String Actions_signed;
    public static String Actions_exportKeyTitle;
    public static String Actions_exportKeyPassword;
    public static String Actions_passwordTitle;
    public static String Actions_passwordMessage;
    public static String NewPassword_password;
    public static String NewPassword_confirm;
    public static String NewPassword_differ;
    public static String Sign_message;
    public static String Sign_usage;
    public static String Sign_usageBoth;
    public static String Sign_usageServer;
    public static String Sign_usageClient;
    public static String Sign_days;
    public static String Sign_hash;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
