package org.mqsec.core.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the security report. */
public final class ReportMessages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.core.internal.report"; //$NON-NLS-1$

    public static String Report_title;
    public static String Report_connauthOff;
    public static String Report_connauthOffFix;
    public static String Report_connauthMissing;
    public static String Report_connauthMissingFix;
    public static String Report_connauthWrongType;
    public static String Report_connauthWrongTypeFix;
    public static String Report_connauthClientsNone;
    public static String Report_connauthClientsOptional;
    public static String Report_connauthClientsFix;
    public static String Report_connauthNoAdopt;
    public static String Report_connauthNoAdoptFix;
    public static String Report_channelCertificate;
    public static String Fleet_unread;
    public static String Report_generated;
    public static String Report_summary;
    public static String Report_queueManager;
    public static String Report_source;
    public static String Report_expiry;
    public static String Report_noCertificates;
    public static String Report_days;
    public static String Report_queueManagerTitle;
    public static String Report_settings;
    public static String Report_attribute;
    public static String Report_value;
    public static String Report_findings;
    public static String Report_severity;
    public static String Report_code;
    public static String Report_finding;
    public static String Report_fix;
    public static String Report_channels;
    public static String Report_channel;
    public static String Report_status;
    public static String Report_chlauth;
    public static String Report_chlauthDisabled;
    public static String Report_policies;
    public static String Report_policy;
    public static String Report_protection;
    public static String Report_unprotected;
    public static String Report_certificates;
    public static String Report_label;
    public static String Report_subject;
    public static String Report_issuer;
    public static String Report_expires;
    public static String Report_usedBy;
    public static String Report_problems;
    public static String Report_none;
    public static String Report_policyUnreadable;
    public static String Report_policyUnreadableFix;
    public static String Report_notRead;
    public static String Report_notReadFix;
    public static String Report_missing;
    public static String Report_missingFix;
    public static String Report_inRepository;
    public static String Report_expired;
    public static String Report_expiredFix;
    public static String Report_expiring;
    public static String Report_expiringFix;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ReportMessages.class);
    }

    private ReportMessages() {
    }
}
