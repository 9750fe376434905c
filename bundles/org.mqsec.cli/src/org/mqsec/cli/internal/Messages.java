package org.mqsec.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the command line. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.cli.internal.messages"; //$NON-NLS-1$

    public static String Usage_text;
    public static String Usage_unknownCommand;
    public static String Usage_keystoreCommand;
    public static String Usage_missingValue;
    public static String Usage_repeated;
    public static String Usage_unknownOption;
    public static String Usage_oneOperand;
    public static String Usage_fileOperand;
    public static String Usage_unknownType;
    public static String Usage_aliasRequired;
    public static String Usage_onePasswordSource;
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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
