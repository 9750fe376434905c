package org.mqsec.qmgr.pcf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.qmgr.internal.QmgrMessages;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.pcf.PCFMessage;

/**
 * Reads a queue manager's security state over PCF into core's models: the queue manager's security
 * attributes, channels, CHLAUTH records, AUTHINFO objects, AMS policies and running channels. A
 * queue manager without AMS, or with no channel running, answers those inquiries with "none found";
 * that is an empty list, and any other refusal of them a problem in the state, not a failure.
 */
public final class QueueManagerReader {

    /** Finding code for a part of the state the queue manager would not give. */
    public static final String PART_NOT_READ = "STATE_PART_NOT_READ"; //$NON-NLS-1$

    /** Replies that mean "nothing of that kind": MQRC_UNKNOWN_OBJECT_NAME, MQRCCF_CHL_STATUS_NOT_FOUND, MQRCCF_NONE_FOUND, MQRCCF_POLICY_NOT_FOUND. */
    private static final Set<Integer> NONE_FOUND = Set.of(MQConstants.MQRC_UNKNOWN_OBJECT_NAME, MQConstants.MQRCCF_CHL_STATUS_NOT_FOUND,
            MQConstants.MQRCCF_NONE_FOUND, MQConstants.MQRCCF_POLICY_NOT_FOUND, MQConstants.MQRCCF_CHLAUTH_NOT_FOUND);

    private QueueManagerReader() {
    }

    public static QueueManagerState read(QueueManagerTarget target, Duration timeout, IProgressMonitor monitor) throws QueueManagerException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(QmgrMessages.Read_task, target.describe()), 6);
        List<Finding> problems = new ArrayList<>();
        MqObject qmgr = PlanPcf.object(MqObjectType.QMGR, target.send(PlanPcf.inquire(MqObjectType.QMGR), timeout).get(0));
        step(progress);
        List<MqObject> channels = objects(target, MqObjectType.CHANNEL, timeout, null);
        step(progress);
        List<ChlauthRecord> chlauth = new ArrayList<>();
        for (PCFMessage reply : replies(target, MqObjectType.CHLAUTH, timeout, null)) {
            ChlauthRecord.Parsed parsed = ChlauthPcf.read(reply);
            if (parsed.record() != null) {
                chlauth.add(parsed.record());
            } else {
                parsed.findings().forEach(f -> problems.add(Finding.error(PART_NOT_READ, "CHLAUTH", f.message(), f.fix()))); //$NON-NLS-1$
            }
        }
        step(progress);
        List<MqObject> authinfos = objects(target, MqObjectType.AUTHINFO, timeout, problems);
        step(progress);
        List<MqObject> policies = objects(target, MqObjectType.POLICY, timeout, problems);
        step(progress);
        List<MqObject> status = objects(target, MqObjectType.CHSTATUS, timeout, problems);
        step(progress);
        return new QueueManagerState(target.describe(), qmgr, channels, chlauth, authinfos, policies, status, problems);
    }

    private static void step(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(1);
    }

    private static List<MqObject> objects(QueueManagerTarget target, MqObjectType type, Duration timeout, List<Finding> problems)
            throws QueueManagerException {
        List<MqObject> objects = new ArrayList<>();
        for (PCFMessage reply : replies(target, type, timeout, problems)) {
            objects.add(PlanPcf.object(type, reply));
        }
        return objects;
    }

    /** @param problems where a refusal goes; null when the part is needed and a refusal fails the read */
    private static List<PCFMessage> replies(QueueManagerTarget target, MqObjectType type, Duration timeout, List<Finding> problems)
            throws QueueManagerException {
        try {
            // an inquiry with no match still ends with one empty response
            return target.send(PlanPcf.inquire(type), timeout).stream().filter(r -> r.getParameterCount() > 0).toList();
        } catch (QueueManagerException e) {
            if (NONE_FOUND.contains(e.reason())) {
                return List.of();
            }
            if (problems == null || e.reason() == MQConstants.MQRC_CONNECTION_BROKEN || e.reason() == MQConstants.MQRC_NO_MSG_AVAILABLE) {
                throw e;
            }
            problems.add(Finding.warning(PART_NOT_READ, type.noun(), type.noun() + ": " + e.getMessage(), e.fix())); //$NON-NLS-1$
            return List.of();
        }
    }
}
