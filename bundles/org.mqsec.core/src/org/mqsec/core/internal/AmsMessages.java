package org.mqsec.core.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of AMS policies: validation, explanations, setmqspl and dspmqspl text. */
public final class AmsMessages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.core.internal.ams"; //$NON-NLS-1$

    public static String Roles_putterNone;
    public static String Roles_putterSigns;
    public static String Roles_putterEncrypts;
    public static String Roles_putterReuses;
    public static String Roles_putterIgnoresSigners;
    public static String Roles_getterNone;
    public static String Roles_getterEnforces;
    public static String Roles_getterTolerates;
    public static String Roles_getterVerifies;
    public static String Roles_getterAnySigner;
    public static String Roles_getterListedSigners;
    public static String Roles_getterDecrypts;
    public static String Roles_getterIgnoresRecipients;
    public static String Protection_none;
    public static String Protection_integrity;
    public static String Protection_privacy;
    public static String Protection_confidentiality;
    public static String Policy_where;
    public static String Policy_badWord;
    public static String Policy_noName;
    public static String Policy_noNameFix;
    public static String Policy_noRecipient;
    public static String Policy_noRecipientFix;
    public static String Policy_signerWithoutAlgorithm;
    public static String Policy_signerWithoutAlgorithmFix;
    public static String Policy_weak;
    public static String Policy_weakFix;
    public static String Policy_keyReuseRange;
    public static String Policy_keyReuseRangeFix;
    public static String Policy_keyReuseIgnored;
    public static String Policy_keyReuseIgnoredFix;
    public static String Policy_keyReuseUnlimited;
    public static String Policy_keyReuseUnlimitedFix;
    public static String Policy_tolerates;
    public static String Policy_toleratesFix;
    public static String Policy_none;
    public static String Policy_noneFix;
    public static String Policy_duplicateDn;
    public static String Conf_duplicate;
    public static String Conf_duplicateFix;
    public static String Conf_ignored;
    public static String Conf_ignoredFix;
    public static String Conf_incomplete;
    public static String Conf_incompleteFix;
    public static String Conf_notAbsolute;
    public static String Conf_notAbsoluteFix;
    public static String Conf_plainPassword;
    public static String Conf_plainPasswordFix;
    public static String Conf_noIdentity;
    public static String Conf_noIdentityFix;
    public static String Text_line;
    public static String Sysin_quoteInDn;
    public static String Sysin_quoteInDnFix;
    public static String Sysin_unsplittable;
    public static String Sysin_unsplittableFix;
    public static String Text_unclosedQuote;
    public static String Text_noValue;
    public static String Text_unknownOption;
    public static String Text_noNames;
    public static String Text_notReport;
    public static String Text_protectionDiffers;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AmsMessages.class);
    }

    private AmsMessages() {
    }
}
