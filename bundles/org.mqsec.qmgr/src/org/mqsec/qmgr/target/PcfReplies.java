package org.mqsec.qmgr.target;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mqsec.qmgr.internal.QmgrMessages;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.pcf.PCFMessage;

/** The responses to one PCF command, checked as a queue manager's answer. */
public final class PcfReplies {

    private PcfReplies() {
    }

    /**
     * @return {@code replies} when none failed
     * @throws QueueManagerException with the first failed response's reason code, and the parameter
     *                               it names when the queue manager says which one was wrong
     */
    public static List<PCFMessage> check(List<PCFMessage> replies) throws QueueManagerException {
        for (PCFMessage reply : replies) {
            if (reply.getCompCode() == MQConstants.MQCC_FAILED) {
                throw new QueueManagerException(reply.getReason(), parameter(reply));
            }
        }
        return replies;
    }

    /** "(parameter MQCACH_SSL_CIPHER_SPEC)" when the error response names one. */
    private static String parameter(PCFMessage reply) {
        Object parameter = reply.getParameterValue(MQConstants.MQIACF_PARAMETER_ID);
        if (parameter instanceof Integer id) {
            String name = MQConstants.lookup(id, "MQ(CA|IA|CACH|IACH|CACF|IACF)_.*"); //$NON-NLS-1$
            return NLS.bind(QmgrMessages.Reply_parameter, name == null ? id : name);
        }
        return ""; //$NON-NLS-1$
    }
}
