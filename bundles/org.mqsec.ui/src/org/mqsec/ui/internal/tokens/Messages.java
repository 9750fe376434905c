package org.mqsec.ui.internal.tokens;

import org.eclipse.osgi.util.NLS;

/** Messages of the Tokens view and its dialogs. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.tokens.messages"; //$NON-NLS-1$

    public static String Generate_title;
    public static String Generate_message;
    public static String Generate_label;
    public static String Generate_key;
    public static String Generate_subject;
    public static String Generate_subjectTip;
    public static String Generate_days;
    public static String Generate_ok;
    public static String Generate_noLabel;
    public static String Generate_taken;
    public static String Generate_takenFix;
    public static String Generate_badLabel;
    public static String Module_title;
    public static String Module_message;
    public static String Module_name;
    public static String Module_library;
    public static String Module_noName;
    public static String Module_notAbsolute;
    public static String Pin_title;
    public static String Pin_message;
    public static String Pin_login;
    public static String Pin_token;
    public static String View_addModule;
    public static String View_refresh;
    public static String View_login;
    public static String View_logout;
    public static String View_genkey;
    public static String View_writeCertificates;
    public static String View_writeCertificatesTitle;
    public static String View_delete;
    public static String View_passwd;
    public static String View_passwdTitle;
    public static String View_passwdMessage;
    public static String View_columnEntry;
    public static String View_columnLabel;
    public static String View_columnId;
    public static String View_columnKey;
    public static String View_columnCertificate;
    public static String View_columnJava;
    public static String View_loading;
    public static String View_loadJob;
    public static String View_summary;
    public static String View_moduleFailed;
    public static String View_pinLocked;
    public static String View_pinFinalTry;
    public static String View_pinCountLow;
    public static String View_reading;
    public static String View_readJob;
    public static String View_loginJob;
    public static String View_loggedIn;
    public static String View_publicOnly;
    public static String View_keyAndCertificate;
    public static String View_keyWithoutCertificate;
    public static String View_certificateOnly;
    public static String View_publicKeyOnly;
    public static String View_secretKey;
    public static String View_other;
    public static String View_shown;
    public static String View_hidden;
    public static String View_object;
    public static String View_hiddenExplained;
    public static String View_forQueueManager;
    public static String View_forClient;
    public static String View_forAms;
    public static String View_genkeyJob;
    public static String View_generated;
    public static String View_writeJob;
    public static String View_written;
    public static String View_deleteTitle;
    public static String View_deleteQuestion;
    public static String View_deleteJob;
    public static String View_deleted;
    public static String View_passwdJob;
    public static String View_pinChanged;
    public static String View_saveModulesJob;
    public static String View_modulesNotWritten;

    public static String View_removeModule;
    public static String View_detectedModule;
    public static String View_export;
    public static String View_exportTitle;
    public static String View_exportJob;
    public static String View_exportFailed;
    public static String View_exportedCertificate;
    public static String View_exportedKey;

    public static String Preferences_description;
    public static String Preferences_name;
    public static String Preferences_library;
    public static String Preferences_filter;
    public static String Preferences_note;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
