package org.mqsec.core.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the core bundle. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.core.internal.messages"; //$NON-NLS-1$

    public static String Dn_empty;
    public static String Dn_emptyFix;
    public static String Dn_noEquals;
    public static String Dn_noEqualsFix;
    public static String Dn_spaceBeforeEquals;
    public static String Dn_spaceBeforeEqualsFix;
    public static String Dn_unclosedQuote;
    public static String Dn_unclosedQuoteFix;
    public static String Dn_textAfterQuote;
    public static String Dn_unknownType;
    public static String Dn_unknownTypeFix;
    public static String Dn_useMail;
    public static String Dn_lowerCaseType;
    public static String Dn_lowerCaseTypeFix;
    public static String Dn_emptyValue;
    public static String Dn_emptyValueFix;
    public static String Dn_unportableCharacter;
    public static String Dn_unportableCharacterFix;
    public static String Dn_wildcardInSubject;
    public static String Dn_wildcardInSubjectFix;
    public static String Dn_countryCode;
    public static String Dn_countryCodeFix;
    public static String Dn_noCn;
    public static String Dn_noCnFix;
    public static String Dn_runmqakmNeedsCnOC;
    public static String Dn_runmqakmNeedsCnOCFix;
    public static String Mqsc_unfinished;
    public static String Mqsc_notACommand;
    public static String Mqsc_unbalanced;
    public static String Mqsc_repeated;
    public static String Mqsc_unexpected;
    public static String Chlauth_where;
    public static String Chlauth_badType;
    public static String Chlauth_badTypeFix;
    public static String Chlauth_unknownKeyword;
    public static String Chlauth_unknownKeywordFix;
    public static String Chlauth_profileLength;
    public static String Chlauth_blockaddrProfile;
    public static String Chlauth_blockaddrProfileFix;
    public static String Chlauth_missing;
    public static String Chlauth_missingFix;
    public static String Chlauth_notAllowed;
    public static String Chlauth_notAllowedFix;
    public static String Chlauth_badUserSource;
    public static String Chlauth_mapNeedsMcauser;
    public static String Chlauth_mapNeedsMcauserFix;
    public static String Chlauth_mcauserLength;
    public static String Chlauth_mcauserUnix;
    public static String Chlauth_badCheckClient;
    public static String Chlauth_sslpeerLength;
    public static String Chlauth_descrLength;
    public static String Chlauth_customLength;
    public static String Runcheck_blockaddr;
    public static String Runcheck_blockaddrWarn;
    public static String Runcheck_noMatch;
    public static String Runcheck_lost;
    public static String Runcheck_chosen;
    public static String Runcheck_noMapping;
    public static String Runcheck_noAccess;
    public static String Runcheck_noAccessWarn;
    public static String Runcheck_blockuser;
    public static String Runcheck_blockuserWarn;
    public static String Runcheck_runsAs;
    public static String Runcheck_runsAsChannel;
    public static String Runcheck_addressDiffers;
    public static String Runcheck_noCertificate;
    public static String Runcheck_peerDiffers;
    public static String Runcheck_issuerDiffers;
    public static String Runcheck_usermapSvrconnOnly;
    public static String Runcheck_userDiffers;
    public static String Runcheck_qmgrmapNotSvrconn;
    public static String Runcheck_qmgrDiffers;
    public static String Runcheck_lessSpecificProfile;
    public static String Runcheck_lowerType;
    public static String Runcheck_lessSpecificPattern;
    public static String Chlauth_badAddress;
    public static String Chlauth_badAddressFix;
    public static String Address_adjacentStars;
    public static String Address_starInPart;
    public static String Address_emptyPart;
    public static String Address_badRange;
    public static String Address_badNumber;
    public static String Address_partCount;
    public static String Cipher_ibmIOnly;
    public static String Cipher_notOnZos;
    public static String Cipher_notOnZosFix;
    public static String Cipher_deprecated;
    public static String Cipher_reenableMultiplatforms;
    public static String Cipher_reenableSsl3;
    public static String Cipher_reenableTls10;
    public static String Cipher_reenableWeak;
    public static String Cipher_reenableZos;
    public static String Cipher_recommend;
    public static String Cipher_useRecommendedFix;
    public static String Cipher_keyMismatch;
    public static String Cipher_keyMismatchFix;
    public static String Cipher_differ;
    public static String Cipher_differFix;
    public static String Cipher_noCommonProtocol;
    public static String Cipher_minimumVsFixed;
    public static String Cipher_orHigher;
    public static String RecordSet_unreadableFix;
    public static String Lint_channelUser;
    public static String Lint_channelUserFix;
    public static String Lint_disabled;
    public static String Lint_disabledFix;
    public static String Lint_noBackstop;
    public static String Lint_noBackstopFix;
    public static String Lint_systemOpen;
    public static String Lint_systemOpenFix;
    public static String Lint_noMqadmin;
    public static String Lint_noMqadminFix;
    public static String Lint_privilegedMcauser;
    public static String Lint_privilegedMcauserFix;
    public static String Lint_noIssuer;
    public static String Lint_noIssuerFix;
    public static String Lint_warnYes;
    public static String Lint_warnYesFix;
    public static String Lint_rangeConflict;
    public static String Lint_rangeConflictFix;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
