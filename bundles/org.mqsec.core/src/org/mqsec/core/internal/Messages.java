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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
