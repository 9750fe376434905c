package org.mqsec.ui.internal.keystore;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certificate label a queue manager looks for when CERTLABL is not set: {@code ibmwebspheremq}
 * and its name in lower case (IBM MQ "Digital certificate labels", mq-security.md 5.2).
 */
final class QueueManagerLabels {

    /** Key repositories live in the queue manager's own directory: /var/mqm/qmgrs/QM1/ssl/key.p12. */
    private static final Pattern QMGR_DIRECTORY = Pattern.compile(".*/qmgrs/([^/]+)/ssl/[^/]+$"); //$NON-NLS-1$

    private QueueManagerLabels() {
    }

    /** The default label for the queue manager whose repository this is, or "" when it is not one. */
    static String suggest(Path repository) {
        Matcher matcher = QMGR_DIRECTORY.matcher(repository.toAbsolutePath().toString().replace('\\', '/'));
        // the directory name has '!' for '/' and '&' for '.' in queue manager names; those are rare
        return matcher.matches() ? "ibmwebspheremq" + matcher.group(1).toLowerCase(Locale.ROOT) : ""; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
