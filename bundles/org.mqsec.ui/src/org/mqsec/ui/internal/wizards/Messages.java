package org.mqsec.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Messages of the key repository wizards. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.wizards.messages"; //$NON-NLS-1$

    public static String Generate_title;
    public static String Generate_caTitle;
    public static String Generate_noSigner;
    public static String Subject_title;
    public static String Subject_description;
    public static String Subject_label;
    public static String Subject_dn;
    public static String Subject_san;
    public static String Subject_hint;
    public static String Key_title;
    public static String Key_description;
    public static String Key_algorithm;
    public static String Key_hash;
    public static String Key_usage;
    public static String Key_usageBoth;
    public static String Key_usageServer;
    public static String Key_usageClient;
    public static String Key_days;
    public static String Key_recommended;
    public static String Key_weak;
    public static String Signer_title;
    public static String Signer_description;
    public static String Signer_selfSigned;
    public static String Signer_signedBy;
    public static String Signer_noCa;
    public static String Review_title;
    public static String Review_description;
    public static String Review_commands;
    public static String New_title;
    public static String New_job;
    public static String New_badQueueManager;
    public static String New_badQueueManagerFix;
    public static String New_zos;
    public static String New_noFileName;
    public static String New_noFileNameFix;
    public static String New_noFolder;
    public static String New_noFolderFix;
    public static String New_exists;
    public static String New_existsFix;
    public static String New_passwordsDiffer;
    public static String New_passwordsDifferFix;
    public static String Location_title;
    public static String Location_description;
    public static String Location_queueManager;
    public static String Location_platform;
    public static String Location_multiplatforms;
    public static String Location_zos;
    public static String Location_folder;
    public static String Location_browse;
    public static String Location_fileName;
    public static String Location_format;
    public static String Location_profile;
    public static String Location_modern;
    public static String Location_compatible;
    public static String Location_stash;
    public static String Location_labelHint;
    public static String Password_title;
    public static String Password_description;
    public static String Password_password;
    public static String Password_confirm;
    public static String Password_remember;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
