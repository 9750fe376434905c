package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.plan.MqObject;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.qmgr.pcf.PlanPcf;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec qmgr test PROFILE}: connects, asks the command server for the queue manager's
 * attributes and says what answered; exit 1 with the reason code in words when it cannot.
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class QmgrTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    QueueManagerOptions connection;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROFILE", descriptionKey = "profile")
    String profile;

    @Override
    public Integer call() throws CommandFailure, QueueManagerException, KeyRepositoryException {
        connection.profileNamed(profile, spec);
        QueueManagerOptions.requireProfile(connection, spec);
        PrintWriter out = spec.commandLine().getOut();
        try (QueueManagerTarget target = connection.connect(spec.commandLine().getErr())) {
            MqObject qmgr = PlanPcf.object(MqObjectType.QMGR,
                    target.send(PlanPcf.inquire(MqObjectType.QMGR), connection.profile().timeout()).get(0));
            out.println(NLS.bind(Messages.Qmgr_connected, new Object[] { qmgr.name(), qmgr.valueOr("PLATFORM", "?"), //$NON-NLS-1$ //$NON-NLS-2$
                    qmgr.valueOr("CMDLEVEL", "?"), target.describe() })); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Mqsec.OK;
    }
}
