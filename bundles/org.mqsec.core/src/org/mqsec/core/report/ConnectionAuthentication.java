package org.mqsec.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.ReportMessages;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.QueueManagerState;

/**
 * Whether the queue manager checks the user IDs and passwords of client connections (connection
 * authentication): QMGR CONNAUTH names an AUTHINFO object of type IDPWOS or IDPWLDAP whose CHCKCLNT
 * says which clients must give a valid password and whose ADOPTCTX says whether the checked user ID
 * becomes the connection's identity (IBM MQ "Connection authentication: Configuration"). What the
 * state does not hold (a dump without AUTHINFO objects) is not guessed.
 */
public final class ConnectionAuthentication {

    /** QMGR CONNAUTH is blank: no password is checked for any connection. */
    public static final String OFF = "REPORT_CONNAUTH_OFF"; //$NON-NLS-1$
    /** CONNAUTH names an AUTHINFO object the queue manager does not have. */
    public static final String OBJECT_MISSING = "REPORT_CONNAUTH_OBJECT_MISSING"; //$NON-NLS-1$
    /** CONNAUTH names an AUTHINFO object for revocation checks (CRLLDAP, OCSP), not passwords. */
    public static final String WRONG_TYPE = "REPORT_CONNAUTH_WRONG_TYPE"; //$NON-NLS-1$
    /** CHCKCLNT(NONE) or CHCKCLNT(OPTIONAL): a client may connect without a password. */
    public static final String CLIENTS_UNCHECKED = "REPORT_CONNAUTH_CLIENTS_UNCHECKED"; //$NON-NLS-1$
    /** ADOPTCTX(NO): the password is checked, but the connection runs as the user ID the client asserts. */
    public static final String NO_ADOPTCTX = "REPORT_CONNAUTH_NO_ADOPTCTX"; //$NON-NLS-1$

    private ConnectionAuthentication() {
    }

    public static List<Finding> findings(QueueManagerState state) {
        List<Finding> findings = new ArrayList<>();
        if (!state.queueManager().attributes().containsKey("CONNAUTH")) { //$NON-NLS-1$
            return findings;
        }
        String name = state.queueManager().valueOr("CONNAUTH", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        if (name.isEmpty()) {
            findings.add(Finding.warning(OFF, "CONNAUTH", ReportMessages.Report_connauthOff, ReportMessages.Report_connauthOffFix)); //$NON-NLS-1$
            return findings;
        }
        if (state.authinfos().isEmpty()) {
            return findings;
        }
        MqObject authinfo = state.authinfo(name).orElse(null);
        if (authinfo == null) {
            findings.add(Finding.error(OBJECT_MISSING, "CONNAUTH", ReportMessages.bind(ReportMessages.Report_connauthMissing, name), //$NON-NLS-1$
                    ReportMessages.Report_connauthMissingFix));
            return findings;
        }
        String type = word(authinfo, "AUTHTYPE"); //$NON-NLS-1$
        if (!type.isEmpty() && !type.equals("IDPWOS") && !type.equals("IDPWLDAP")) { //$NON-NLS-1$ //$NON-NLS-2$
            findings.add(Finding.error(WRONG_TYPE, "CONNAUTH", ReportMessages.bind(ReportMessages.Report_connauthWrongType, name, type), //$NON-NLS-1$
                    ReportMessages.Report_connauthWrongTypeFix));
            return findings;
        }
        String kind = type.isEmpty() ? "IDPWOS" : type; //$NON-NLS-1$
        String clients = word(authinfo, "CHCKCLNT"); //$NON-NLS-1$
        if (clients.equals("NONE") || clients.equals("OPTIONAL")) { //$NON-NLS-1$ //$NON-NLS-2$
            findings.add(Finding.warning(CLIENTS_UNCHECKED, "CHCKCLNT", ReportMessages.bind(clients.equals("NONE") //$NON-NLS-1$ //$NON-NLS-2$
                    ? ReportMessages.Report_connauthClientsNone : ReportMessages.Report_connauthClientsOptional, name),
                    ReportMessages.bind(ReportMessages.Report_connauthClientsFix, name, kind)));
        }
        if (word(authinfo, "ADOPTCTX").equals("NO") && !clients.equals("NONE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            findings.add(Finding.warning(NO_ADOPTCTX, "ADOPTCTX", ReportMessages.bind(ReportMessages.Report_connauthNoAdopt, name), //$NON-NLS-1$
                    ReportMessages.bind(ReportMessages.Report_connauthNoAdoptFix, name, kind)));
        }
        return findings;
    }

    private static String word(MqObject object, String keyword) {
        return object.valueOr(keyword, "").strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
    }
}
