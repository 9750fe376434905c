package org.mqsec.testing;

import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStateReader;

/**
 * A queue manager's security state as dmpmqcfg writes it, for the tests of reading, comparing and
 * applying: QM1 with a key repository, one TLS SVRCONN channel, IBM's three default CHLAUTH records
 * and an address range that blocks part of APP.*.
 */
public final class QueueManagerFixtures {

    public static final String DUMP = String.join("\n", //$NON-NLS-1$
            "* Queue manager name: QM1", //$NON-NLS-1$
            "* Queue manager platform: UNIX", //$NON-NLS-1$
            "ALTER QMGR CHLAUTH(ENABLED) SSLKEYR('/var/mqm/qmgrs/QM1/ssl/key') CERTLABL('ibmwebspheremqqm1') SSLFIPS(NO)", //$NON-NLS-1$
            "DEFINE CHANNEL('APP.SVRCONN') CHLTYPE(SVRCONN) SSLCIPH('ANY_TLS12_OR_HIGHER') SSLCAUTH(REQUIRED) MCAUSER('app') REPLACE", //$NON-NLS-1$
            ChlauthRecordSet.QUEUE_MANAGER_DEFAULTS,
            "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('10.0.0.1-100') USERSRC(NOACCESS)", //$NON-NLS-1$
            ""); //$NON-NLS-1$

    private QueueManagerFixtures() {
    }

    /** {@link #DUMP} read as a state, new each time (tests change it through a simulated queue manager). */
    public static QueueManagerState state() {
        return QueueManagerStateReader.read(DUMP, "dump"); //$NON-NLS-1$
    }
}
