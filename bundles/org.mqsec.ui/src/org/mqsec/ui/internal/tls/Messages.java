package org.mqsec.ui.internal.tls;

import org.eclipse.osgi.util.NLS;

/** Messages of the TLS channel wizard, the CipherSpec chooser and the CipherSpecs view. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.ui.internal.tls.messages"; //$NON-NLS-1$

    public static String Wizard_title;
    public static String Wizard_job;
    public static String Wizard_writtenTitle;
    public static String Wizard_written;
    public static String Target_title;
    public static String Target_description;
    public static String Target_queueManager;
    public static String Target_platform;
    public static String Target_host;
    public static String Target_port;
    public static String Existing_use;
    public static String Existing_file;
    public static String Existing_browse;
    public static String Existing_browseTitle;
    public static String Existing_password;
    public static String Existing_read;
    public static String Existing_job;
    public static String Existing_notRead;
    public static String Existing_reading;
    public static String Existing_readOk;
    public static String Server_title;
    public static String Server_description;
    public static String Server_signer;
    public static String Server_key;
    public static String Server_dn;
    public static String Server_caDn;
    public static String Server_label;
    public static String Server_setLabel;
    public static String Server_stem;
    public static String Server_chinUser;
    public static String Server_sslTasks;
    public static String Server_datasetPrefix;
    public static String Client_title;
    public static String Client_description;
    public static String Client_mutual;
    public static String Client_type;
    public static String Client_format;
    public static String Client_dn;
    public static String Client_key;
    public static String Client_label;
    public static String Cipher_title;
    public static String Cipher_description;
    public static String Cipher_client;
    public static String Channel_title;
    public static String Channel_description;
    public static String Channel_name;
    public static String Channel_sslcauth;
    public static String Channel_sslpeer;
    public static String Channel_mcauser;
    public static String Channel_maxinst;
    public static String Channel_maxinstc;
    public static String Channel_sharecnv;
    public static String Channel_descr;
    public static String Chlauth_title;
    public static String Chlauth_description;
    public static String Chlauth_user;
    public static String Chlauth_address;
    public static String Chlauth_disabled;
    public static String Chlauth_noCertificate;
    public static String Review_title;
    public static String Review_noRunmqakmExisting;
    public static String Review_noRunmqakmKey;
    public static String Review_notRendered;
    public static String Review_noRunmqakmZos;
    public static String Review_noRacfJob;
    public static String Review_description;
    public static String Output_title;
    public static String Output_description;
    public static String Output_folder;
    public static String Output_browse;
    public static String Output_password;
    public static String Output_confirm;
    public static String Output_apply;
    public static String Output_applyTip;
    public static String Tls_noFolder;
    public static String Tls_noFolderFix;
    public static String Tls_folderUsed;
    public static String Tls_folderUsedFix;
    public static String Tls_noPassword;
    public static String Tls_noPasswordFix;
    public static String Tls_passwordsDiffer;
    public static String Tls_passwordsDifferFix;
    public static String Chooser_filter;
    public static String Chooser_allProtocols;
    public static String Chooser_aliases;
    public static String Chooser_fips;
    public static String Chooser_suiteB;
    public static String Chooser_deprecated;
    public static String Chooser_name;
    public static String Chooser_protocol;
    public static String Chooser_key;
    public static String Chooser_fipsColumn;
    public static String Chooser_suiteBColumn;
    public static String Chooser_status;
    public static String Chooser_yes;
    public static String Chooser_orHigher;
    public static String Chooser_statusDeprecated;
    public static String Chooser_statusRecommended;
    public static String Chooser_statusAlias;
    public static String Chooser_statusCurrent;
    public static String Chooser_needsEc;
    public static String Chooser_needsRsa;
    public static String Chooser_needsEither;
    public static String Chooser_explanation;
    public static String View_compatibility;
    public static String View_key;
    public static String View_otherEnd;
    public static String View_platform;
    public static String View_theCertificate;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
