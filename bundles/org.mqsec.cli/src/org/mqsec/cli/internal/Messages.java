package org.mqsec.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the command line. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.cli.internal.messages"; //$NON-NLS-1$

    public static String Ams_inspectFix;
    public static String Ams_inspectDeadLetter;
    public static String Ams_inspectProtection;
    public static String Ams_inspectSigner;
    public static String Ams_inspectRecipient;
    public static String Ams_inspectEncryption;
    public static String Ams_sideBad;
    public static String Ams_sideNotObject;
    public static String Ams_sideNoPolicy;
    public static String Ams_sideFix;
    public static String Ams_badClient;
    public static String Ams_confIdentity;
    public static String Ams_confNeeds;
    public static String Usage_amsCommand;
    public static String Ams_notRendered;
    public static String Ams_badFormat;
    public static String Report_badFormat;
    public static String Usage_fleetCommand;
    public static String Fleet_badLimits;
    public static String Fleet_days;
    public static String Ams_qmgrRequired;
    public static String Ams_unreadable;
    public static String Ams_bad;
    public static String Ams_badFix;
    public static String Ams_policy;
    public static String Ams_none;
    public static String Keystore_cmsUpgraded;
    public static String Usage_keystoreCommand;
    public static String Usage_unknownOption;
    public static String Usage_noSuchVariable;
    public static String Error_prefix;
    public static String Error_passwordFile;
    public static String Advice_passwordFile;
    public static String Error_noSuchAlias;
    public static String Advice_aliases;
    public static String Warning_prefix;
    public static String Prompt_password;
    public static String Prompt_retry;
    public static String List_summary;
    public static String List_status;
    public static String Show_chain;
    public static String Show_chainLink;
    public static String Usage_passwordNeeded;
    public static String Usage_passwordsDiffer;
    public static String Usage_optionRequired;
    public static String Prompt_newPassword;
    public static String Prompt_repeatPassword;
    public static String Change_equivalent;
    public static String Change_created;
    public static String Change_stashed;
    public static String Change_generated;
    public static String Change_caCreated;
    public static String Change_requested;
    public static String Change_signed;
    public static String Change_chainIncomplete;
    public static String Change_received;
    public static String Change_alreadyThere;
    public static String Change_imported;
    public static String Change_exported;
    public static String Change_converted;
    public static String Change_passwordChanged;
    public static String Change_deleted;
    public static String Change_renamed;
    public static String Usage_chlauthCommand;
    public static String Usage_genericChannel;
    public static String Usage_userOrQmname;
    public static String Chlauth_result;
    public static String Chlauth_record;
    public static String Chlauth_unreadable;
    public static String Chlauth_badRecords;
    public static String Chlauth_badRecordsFix;
    public static String Chlauth_noRecords;
    public static String Chlauth_noRecordsFix;
    public static String Chlauth_lintSummary;

    public static String Ciphers_name;
    public static String Ciphers_protocol;
    public static String Ciphers_key;
    public static String Ciphers_fips;
    public static String Ciphers_suiteB;
    public static String Ciphers_status;
    public static String Ciphers_java;
    public static String Ciphers_yes;
    public static String Ciphers_no;
    public static String Ciphers_deprecated;
    public static String Ciphers_recommended;
    public static String Ciphers_alias;
    public static String Ciphers_current;
    public static String Ciphers_recommendation;

    public static String Usage_tlsCommand;
    public static String Tls_repositories;
    public static String Tls_notWritten;
    public static String Tls_written;
    public static String Tls_specNotObject;
    public static String Tls_specUnknownField;
    public static String Tls_specBadPlatform;
    public static String Tls_specUnreadable;
    public static String Tls_specBad;
    public static String Tls_specBadFix;

    public static String Usage_commandNeeded;
    public static String Usage_unknownValue;
    public static String Usage_unexpectedWords;
    public static String Advice_noSuchVariable;
    public static String Advice_passwordNeeded;
    public static String Version_text;
    public static String Version_unknown;
    public static String Usage_more;
    public static String Usage_unknownCommand;

    public static String File_missing;
    public static String File_denied;
    public static String File_folder;
    public static String File_unreadable;
    public static String Tls_specNotText;
    public static String Tls_specNotBoolean;
    public static String Tls_specNotNumber;
    public static String Tls_specBadPort;
    public static String Tls_specTooDeep;

    public static String Usage_zosCommand;
    public static String Zos_jobCardUnreadable;
    public static String Zos_jobCardBad;
    public static String Zos_noRacfSteps;
    public static String Zos_noRacfStepsFix;
    public static String Zos_notWritten;
    public static String Zos_racfTitle;
    public static String Zos_exportPasswordWhat;
    public static String Zos_unreadable;
    public static String Zos_bad;
    public static String Zos_profilesFix;
    public static String Zos_profilesTitle;
    public static String Zos_displayHeader;
    public static String Zos_switch;
    public static String Zos_state;
    public static String Zos_profile;
    public static String Zos_meaning;
    public static String Zos_found;
    public static String Zos_notFound;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    public static String Usage_qmgrCommand;
    public static String Usage_planCommand;
    public static String Qmgr_profilesUnreadable;
    public static String Qmgr_profilesBad;
    public static String Qmgr_profilesFix;
    public static String Qmgr_noSuchProfile;
    public static String Qmgr_profilesKnown;
    public static String Qmgr_badProfile;
    public static String Qmgr_userPassword;
    public static String Qmgr_profileRequired;
    public static String Qmgr_profileOrDump;
    public static String Qmgr_connected;
    public static String Qmgr_profilesNotWritten;
    public static String Qmgr_imported;
    public static String Qmgr_noProfiles;
    public static String Qmgr_ccdtUnreadable;
    public static String Qmgr_ccdtBad;
    public static String Qmgr_ccdtFix;
    public static String Qmgr_dumpUnreadable;
    public static String Plan_unreadable;
    public static String Plan_bad;
    public static String Plan_badFix;
    public static String Plan_nothingToDo;
    public static String Plan_toDo;
    public static String Plan_stepResult;
    public static String Plan_notReread;
    public static String Plan_asPlanned;
    public static String Plan_notAsPlanned;
    public static String Plan_notRendered;
    public static String Plan_notApplied;
    public static String Plan_notWritten;
    public static String Plan_notWrittenFindings;
    public static String Plan_pcfStep;
    public static String Plan_pcfLocal;
    public static String Chlauth_noChanges;

    public static String Qmgr_twoProfiles;
    public static String Plan_badFormat;

    public static String Usage_tokenCommand;
    public static String Token_tokenOrSlot;
    public static String Token_tokenRequired;
    public static String Token_pinFor;
    public static String Token_moduleLine;
    public static String Token_moduleFailed;
    public static String Token_noModules;
    public static String Token_line;
    public static String Token_flagLogin;
    public static String Token_flagCountLow;
    public static String Token_flagFinalTry;
    public static String Token_flagLocked;
    public static String Token_emptySlot;
    public static String Token_uninitialised;
    public static String Token_publicOnly;
    public static String Token_visible;
    public static String Token_hidden;
    public static String Token_labelOrId;
    public static String Token_noEntry;
    public static String Token_entriesKnown;
    public static String Token_entry;
    public static String Token_forQueueManager;
    public static String Token_forClient;
    public static String Token_forAms;
    public static String Token_needsCertificate;

    public static String Token_generated;
    public static String Token_selfSigned;
    public static String Token_badDn;
    public static String Token_written;
    public static String Token_deleted;
    public static String Token_newPinFor;
    public static String Token_pinChanged;

    public static String Token_exportedCertificate;
    public static String Token_exportedKey;

    private Messages() {
    }
}
