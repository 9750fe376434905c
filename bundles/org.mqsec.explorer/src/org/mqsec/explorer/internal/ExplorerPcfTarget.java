package org.mqsec.explorer.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.mqsec.qmgr.target.PcfReplies;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.MQDataException;
import com.ibm.mq.headers.pcf.PCFMessage;

/**
 * PCF over MQ Explorer's own connection: IBM's {@code PCFMessageAgent}, loaded from the class loader
 * of Explorer's {@code MQQueueManager} (Explorer's MQ bundles, not our copy, or the types clash),
 * with Explorer's reply model queue. Commands and replies cross between the two copies of IBM's
 * classes as PCF bytes. Closing leaves Explorer's connection alone: IBM's {@code PCFAgent.disconnect()}
 * disconnects the queue manager too (javap of 9.4.0.5), so the agent is not disconnected; its
 * queues close with Explorer's connection.
 */
public final class ExplorerPcfTarget implements QueueManagerTarget {

    /** The model queue MQ Explorer's own replies use. */
    public static final String REPLY_MODEL = "SYSTEM.MQEXPLORER.REPLY.MODEL"; //$NON-NLS-1$

    private final String name;
    private final Object agent;
    private final Method send;
    private final Method setWaitInterval;
    private final Constructor<?> message;
    private final Method write;

    ExplorerPcfTarget(String name, Object connection) throws QueueManagerException {
        this.name = name;
        ClassLoader explorer = connection.getClass().getClassLoader();
        try {
            Class<?> agentClass = Class.forName("com.ibm.mq.headers.pcf.PCFMessageAgent", true, explorer); //$NON-NLS-1$
            Class<?> messageClass = Class.forName("com.ibm.mq.headers.pcf.PCFMessage", true, explorer); //$NON-NLS-1$
            Class<?> queueManagerClass = Class.forName("com.ibm.mq.MQQueueManager", true, explorer); //$NON-NLS-1$
            send = agentClass.getMethod("send", messageClass); //$NON-NLS-1$
            setWaitInterval = agentClass.getMethod("setWaitInterval", int.class); //$NON-NLS-1$
            message = messageClass.getConstructor(DataInput.class);
            write = messageClass.getMethod("write", DataOutput.class); //$NON-NLS-1$
            agent = construct(agentClass.getConstructor(queueManagerClass), connection);
            agentClass.getMethod("setModelQueueName", String.class).invoke(agent, REPLY_MODEL); //$NON-NLS-1$
            agentClass.getMethod("setCheckResponses", boolean.class).invoke(agent, false); //$NON-NLS-1$
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new QueueManagerException(Messages.bind(Messages.Bridge_unknownApi, connection.getClass().getName(), e.getMessage()),
                    Messages.Bridge_failedFix);
        }
    }

    private static Object construct(Constructor<?> constructor, Object connection) throws QueueManagerException, ReflectiveOperationException {
        try {
            return constructor.newInstance(connection);
        } catch (InvocationTargetException e) {
            throw failure(e.getCause());
        }
    }

    @Override
    public String describe() {
        return Messages.bind(Messages.Bridge_describe, name);
    }

    @Override
    public synchronized List<PCFMessage> send(PCFMessage command, Duration timeout) throws QueueManagerException {
        try {
            setWaitInterval.invoke(agent, (int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeout.toMillis() + 999) / 1000)));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            command.write(new DataOutputStream(bytes));
            Object theirs = message.newInstance(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            Object[] replies = (Object[]) send.invoke(agent, theirs);
            List<PCFMessage> ours = new ArrayList<>();
            for (Object reply : replies) {
                ByteArrayOutputStream replyBytes = new ByteArrayOutputStream();
                write.invoke(reply, new DataOutputStream(replyBytes));
                ours.add(new PCFMessage(new DataInputStream(new ByteArrayInputStream(replyBytes.toByteArray()))));
            }
            return PcfReplies.check(ours);
        } catch (InvocationTargetException e) {
            throw failure(e.getCause());
        } catch (IOException | MQDataException e) {
            throw new QueueManagerException(MQConstants.MQRC_CONNECTION_BROKEN, e.getMessage() == null ? "" : e.getMessage()); //$NON-NLS-1$
        } catch (ReflectiveOperationException e) {
            throw new QueueManagerException(Messages.bind(Messages.Bridge_unknownApi, agent.getClass().getName(), e.getMessage()), Messages.Bridge_failedFix);
        }
    }

    /** IBM's exceptions carry a reason code ({@code getReason()}); the failure in words with it. */
    private static QueueManagerException failure(Throwable cause) {
        try {
            Object reason = cause.getClass().getMethod("getReason").invoke(cause); //$NON-NLS-1$
            if (reason instanceof Integer code) {
                return new QueueManagerException(code, ""); //$NON-NLS-1$
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not one of IBM's: told by its message below
        }
        return new QueueManagerException(MQConstants.MQRC_CONNECTION_BROKEN, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    @Override
    public List<byte[]> browse(String queue, int max) throws QueueManagerException {
        throw new QueueManagerException(Messages.bind(Messages.Bridge_noBrowse, queue), Messages.Bridge_noBrowseFix);
    }

    @Override
    public void close() {
        // Explorer's connection stays Explorer's (see the class comment)
    }
}
