package org.mqsec.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordChanges;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.plan.AlterQueueManager;
import org.mqsec.core.plan.ChannelStep;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.PolicyStep;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.qmgr.pcf.ChlauthPcf;
import org.mqsec.qmgr.pcf.PlanPcf;
import org.mqsec.qmgr.target.PcfReplies;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.MQDataException;
import com.ibm.mq.headers.pcf.PCFMessage;
import com.ibm.mq.headers.pcf.PCFParameter;

/**
 * Recorded replies behind the same interface as IBM's PCF agent: a queue manager's state answers
 * inquiries with one response per object (the last flagged MQCFC_LAST) and carries out Change,
 * Create, Set and Delete commands on that state, refusing as a queue manager does (ACTION(ADD) of an
 * existing record: 3337). Every command and reply goes through bytes and back with IBM's
 * {@code PCFMessage}, so what the product sends and reads is what IBM's classes encode and decode.
 * Tests can make a command fail with a reason code, or never be answered.
 */
public final class SimulatedQueueManager implements QueueManagerTarget {

    private QueueManagerState state;
    private final List<PCFMessage> received = new ArrayList<>();
    private final Map<Integer, Integer> refusals = new HashMap<>();
    private final List<Integer> silent = new ArrayList<>();
    private final String description;
    private final Map<String, List<byte[]>> queues = new HashMap<>();

    public SimulatedQueueManager(QueueManagerState state) {
        this.state = state;
        this.description = state.name() + " (recorded replies)"; //$NON-NLS-1$
    }

    /** Puts a message's data on a queue, for {@link #browse} to find. */
    public synchronized SimulatedQueueManager put(String queue, byte[] data) {
        queues.computeIfAbsent(queue, name -> new ArrayList<>()).add(data.clone());
        return this;
    }

    /** As a queue manager browses: oldest first, nothing removed; 2085 for a queue that is not there. */
    @Override
    public synchronized List<byte[]> browse(String queue, int max) throws QueueManagerException {
        if (!queues.containsKey(queue)) {
            throw new QueueManagerException(MQConstants.MQRC_UNKNOWN_OBJECT_NAME, queue);
        }
        return queues.get(queue).stream().limit(max).map(byte[]::clone).toList();
    }

    /** The next command with this code is refused with {@code reason}. */
    public synchronized SimulatedQueueManager refuse(int command, int reason) {
        refusals.put(command, reason);
        return this;
    }

    /** Commands with this code are never answered. */
    public synchronized SimulatedQueueManager neverReply(int command) {
        silent.add(command);
        return this;
    }

    /** Every command received, as decoded by IBM's classes. */
    public synchronized List<PCFMessage> received() {
        return List.copyOf(received);
    }

    public synchronized QueueManagerState state() {
        return state;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public List<PCFMessage> send(PCFMessage command, Duration timeout) throws QueueManagerException {
        return PcfReplies.check(replies(roundTrip(command), timeout));
    }

    /**
     * As a command server answers a command's bytes: the bytes of each reply, failures included (for
     * stand-ins of IBM's PCF agent, which hand over bytes between two copies of IBM's classes).
     */
    public List<byte[]> answer(byte[] command) throws QueueManagerException {
        PCFMessage decoded;
        try {
            decoded = new PCFMessage(new DataInputStream(new ByteArrayInputStream(command)));
        } catch (IOException | MQDataException e) {
            throw new IllegalStateException("IBM's classes could not decode the command", e); //$NON-NLS-1$
        }
        List<byte[]> replies = new ArrayList<>();
        for (PCFMessage reply : replies(decoded, Duration.ofSeconds(30))) {
            replies.add(bytes(reply));
        }
        return replies;
    }

    /**
     * Readings may run in parallel (the fleet scan reads profiles that name this one queue
     * manager at once): a command server answers one command at a time, so does this.
     */
    private List<PCFMessage> replies(PCFMessage decoded, Duration timeout) throws QueueManagerException {
        int code = decoded.getCommand();
        boolean unanswered;
        synchronized (this) {
            received.add(decoded);
            unanswered = silent.contains(code);
        }
        if (unanswered) {
            try {
                Thread.sleep(Math.min(timeout.toMillis(), 2000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new QueueManagerException(MQConstants.MQRC_NO_MSG_AVAILABLE, ""); //$NON-NLS-1$
        }
        return answered(decoded, code);
    }

    private synchronized List<PCFMessage> answered(PCFMessage decoded, int code) {
        Integer refusal = refusals.remove(code);
        List<PCFMessage> replies = refusal != null ? List.of(error(code, refusal)) : answer(decoded);
        List<PCFMessage> decodedReplies = new ArrayList<>();
        for (PCFMessage reply : replies) {
            decodedReplies.add(roundTrip(reply));
        }
        return decodedReplies;
    }

    private List<PCFMessage> answer(PCFMessage command) {
        int code = command.getCommand();
        switch (code) {
            case MQConstants.MQCMD_INQUIRE_Q_MGR: {
                PCFMessage reply = response(code, 1, true);
                reply.addParameter(MQConstants.MQCA_Q_MGR_NAME, state.name());
                Map<String, List<String>> attributes = new LinkedHashMap<>(state.queueManager().attributes());
                attributes.remove("QMNAME"); //$NON-NLS-1$
                PlanPcf.addAttributes(reply, MqObjectType.QMGR, attributes);
                return List.of(reply);
            }
            case MQConstants.MQCMD_INQUIRE_CHANNEL:
                return objects(code, MqObjectType.CHANNEL, state.channels(), MQConstants.MQRCCF_NONE_FOUND);
            case MQConstants.MQCMD_INQUIRE_CHANNEL_STATUS:
                return objects(code, MqObjectType.CHSTATUS, state.channelStatus(), MQConstants.MQRCCF_CHL_STATUS_NOT_FOUND);
            case MQConstants.MQCMD_INQUIRE_AUTH_INFO:
                return objects(code, MqObjectType.AUTHINFO, state.authinfos(), MQConstants.MQRC_UNKNOWN_OBJECT_NAME);
            case MQConstants.MQCMD_INQUIRE_PROT_POLICY:
                return objects(code, MqObjectType.POLICY, state.policies(), MQConstants.MQRCCF_POLICY_NOT_FOUND);
            case MQConstants.MQCMD_INQUIRE_CHLAUTH_RECS: {
                List<PCFMessage> replies = new ArrayList<>();
                for (int i = 0; i < state.chlauth().size(); i++) {
                    PCFMessage reply = response(code, i + 1, i == state.chlauth().size() - 1);
                    copyExceptAction(ChlauthPcf.set(state.chlauth().get(i), ChlauthAction.REPLACE), reply);
                    replies.add(reply);
                }
                return replies.isEmpty() ? List.of(error(code, MQConstants.MQRCCF_CHLAUTH_NOT_FOUND)) : replies;
            }
            case MQConstants.MQCMD_SET_CHLAUTH_REC: {
                ChlauthRecord record = ChlauthPcf.read(command).record();
                ChlauthAction action = switch ((Integer) command.getParameterValue(MQConstants.MQIACF_ACTION)) {
                    case MQConstants.MQACT_ADD -> ChlauthAction.ADD;
                    case MQConstants.MQACT_REMOVE -> ChlauthAction.REMOVE;
                    case MQConstants.MQACT_REMOVEALL -> ChlauthAction.REMOVEALL;
                    default -> ChlauthAction.REPLACE;
                };
                ChlauthRecordChanges.Applied applied = ChlauthRecordChanges.apply(state.chlauth(), action, record);
                if (applied.reason() != 0) {
                    return List.of(error(code, applied.reason()));
                }
                state = new QueueManagerState(state.source(), state.queueManager(), state.channels(), applied.records(), state.authinfos(),
                        state.policies(), state.channelStatus(), state.problems());
                return List.of(response(code, 1, true));
            }
            case MQConstants.MQCMD_CHANGE_Q_MGR:
                return carryOut(code, new AlterQueueManager(PlanPcf.object(MqObjectType.QMGR, command).attributes()));
            case MQConstants.MQCMD_CREATE_CHANNEL, MQConstants.MQCMD_CHANGE_CHANNEL: {
                MqObject channel = PlanPcf.object(MqObjectType.CHANNEL, command);
                if (code == MQConstants.MQCMD_CHANGE_CHANNEL && state.channel(channel.name()).isEmpty()) {
                    return List.of(error(code, MQConstants.MQRCCF_CHANNEL_NOT_FOUND));
                }
                Map<String, List<String>> attributes = new LinkedHashMap<>(channel.attributes());
                String type = attributes.remove("CHLTYPE").get(0); //$NON-NLS-1$
                return carryOut(code, new ChannelStep(code == MQConstants.MQCMD_CREATE_CHANNEL ? ChannelStep.Mode.DEFINE : ChannelStep.Mode.ALTER,
                        channel.name(), type, attributes));
            }
            case MQConstants.MQCMD_CHANGE_PROT_POLICY, MQConstants.MQCMD_DELETE_PROT_POLICY: {
                MqObject policy = PlanPcf.object(MqObjectType.POLICY, command);
                boolean delete = code == MQConstants.MQCMD_DELETE_PROT_POLICY;
                if (delete && state.policy(policy.name()).isEmpty()) {
                    return List.of(error(code, MQConstants.MQRCCF_POLICY_NOT_FOUND));
                }
                return carryOut(code, new PolicyStep(delete ? PolicyStep.Mode.DELETE : PolicyStep.Mode.SET, policy.name(), policy.attributes()));
            }
            case MQConstants.MQCMD_REFRESH_SECURITY:
                return List.of(response(code, 1, true));
            default:
                return List.of(error(code, MQConstants.MQRCCF_COMMAND_FAILED));
        }
    }

    private List<PCFMessage> carryOut(int code, PlanStep step) {
        state = PlanComparison.apply(state, step, 1).state();
        return List.of(response(code, 1, true));
    }

    private static List<PCFMessage> objects(int code, MqObjectType type, List<MqObject> objects, int noneFound) {
        List<PCFMessage> replies = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            PCFMessage reply = response(code, i + 1, i == objects.size() - 1);
            reply.addParameter(org.mqsec.core.mqsc.MqSchema.nameAttribute(type).pcfParameter(), objects.get(i).name());
            PlanPcf.addAttributes(reply, type, objects.get(i).attributes());
            replies.add(reply);
        }
        return replies.isEmpty() ? List.of(error(code, noneFound)) : replies;
    }

    private static void copyExceptAction(PCFMessage from, PCFMessage to) {
        Enumeration<?> parameters = from.getParameters();
        while (parameters.hasMoreElements()) {
            PCFParameter parameter = (PCFParameter) parameters.nextElement();
            if (parameter.getParameter() != MQConstants.MQIACF_ACTION) {
                to.addParameter(parameter);
            }
        }
    }

    private static PCFMessage response(int command, int sequence, boolean last) {
        return new PCFMessage(MQConstants.MQCFT_RESPONSE, command, sequence, last);
    }

    private static PCFMessage error(int command, int reason) {
        PCFMessage reply = response(command, 1, true);
        reply.getHeader().setCompCode(MQConstants.MQCC_FAILED);
        reply.getHeader().setReason(reason);
        return reply;
    }

    /** The message written as bytes by IBM's classes and read back by them. */
    private static byte[] bytes(PCFMessage message) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.write(new DataOutputStream(bytes));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("IBM's classes could not encode " + message, e); //$NON-NLS-1$
        }
    }

    private static PCFMessage roundTrip(PCFMessage message) {
        try {
            return new PCFMessage(new DataInputStream(new ByteArrayInputStream(bytes(message))));
        } catch (IOException | MQDataException e) {
            throw new IllegalStateException("IBM's classes could not encode or decode " + message, e); //$NON-NLS-1$
        }
    }

    @Override
    public void close() {
        // nothing held
    }
}
