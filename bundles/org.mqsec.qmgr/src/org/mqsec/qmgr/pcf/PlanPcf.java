package org.mqsec.qmgr.pcf;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mqsec.core.mqsc.MqField;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqSchema;
import org.mqsec.core.plan.AlterQueueManager;
import org.mqsec.core.plan.ChannelStep;
import org.mqsec.core.plan.ChlauthStep;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.PolicyStep;
import org.mqsec.core.plan.QueueManagerStep;
import org.mqsec.core.plan.RefreshSecurity;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.pcf.MQCFIL;
import com.ibm.mq.headers.pcf.MQCFIN;
import com.ibm.mq.headers.pcf.MQCFSL;
import com.ibm.mq.headers.pcf.MQCFST;
import com.ibm.mq.headers.pcf.PCFMessage;
import com.ibm.mq.headers.pcf.PCFParameter;

/**
 * Plan steps as PCF commands, built with IBM's classes from core's attribute schema (the table the
 * MQSC writer uses too), and objects read back from PCF replies through the same schema. Numbers are
 * IBM's constants (shared/reference/mq-security.md 4).
 */
public final class PlanPcf {

    /** Placeholder for a password a reply holds: the value is never kept. */
    public static final String SECRET_SET = "********"; //$NON-NLS-1$

    private PlanPcf() {
    }

    /** The PCF command that does what {@code step} says. */
    public static PCFMessage command(QueueManagerStep step) {
        if (step instanceof AlterQueueManager qmgr) {
            PCFMessage message = new PCFMessage(MQConstants.MQCMD_CHANGE_Q_MGR);
            addAttributes(message, MqObjectType.QMGR, qmgr.attributes());
            return message;
        }
        if (step instanceof ChannelStep channel) {
            boolean define = channel.mode() == ChannelStep.Mode.DEFINE;
            PCFMessage message = new PCFMessage(define ? MQConstants.MQCMD_CREATE_CHANNEL : MQConstants.MQCMD_CHANGE_CHANNEL);
            message.addParameter(MQConstants.MQCACH_CHANNEL_NAME, channel.name());
            MqField type = MqSchema.field(MqObjectType.CHANNEL, "CHLTYPE").orElseThrow(); //$NON-NLS-1$
            message.addParameter(type.pcfParameter(), type.value(channel.channelType()).orElseThrow().number());
            addAttributes(message, MqObjectType.CHANNEL, channel.attributes());
            if (define) {
                message.addParameter(MQConstants.MQIACF_REPLACE, MQConstants.MQRP_YES);
            }
            return message;
        }
        if (step instanceof ChlauthStep chlauth) {
            return ChlauthPcf.set(chlauth.record(), chlauth.action());
        }
        if (step instanceof PolicyStep policy) {
            boolean delete = policy.mode() == PolicyStep.Mode.DELETE;
            PCFMessage message = new PCFMessage(delete ? MQConstants.MQCMD_DELETE_PROT_POLICY : MQConstants.MQCMD_CHANGE_PROT_POLICY);
            message.addParameter(MQConstants.MQCA_POLICY_NAME, policy.name());
            if (!delete) {
                addAttributes(message, MqObjectType.POLICY, policy.attributes());
            }
            return message;
        }
        RefreshSecurity refresh = (RefreshSecurity) step;
        PCFMessage message = new PCFMessage(MQConstants.MQCMD_REFRESH_SECURITY);
        message.addParameter(MQConstants.MQIACF_SECURITY_TYPE, switch (refresh.type()) {
            case "SSL" -> MQConstants.MQSECTYPE_SSL; //$NON-NLS-1$
            case "CONNAUTH" -> MQConstants.MQSECTYPE_CONNAUTH; //$NON-NLS-1$
            case "CLASSES" -> MQConstants.MQSECTYPE_CLASSES; //$NON-NLS-1$
            default -> MQConstants.MQSECTYPE_AUTHSERV;
        });
        return message;
    }

    /** Adds each attribute as the PCF structure the schema names (values as validated with a plan). */
    public static void addAttributes(PCFMessage message, MqObjectType type, Map<String, List<String>> attributes) {
        for (MqField field : MqSchema.fields(type)) {
            List<String> values = attributes.get(field.keyword());
            if (values == null) {
                continue;
            }
            int id = field.pcfParameter();
            switch (field.kind()) {
                case STRING -> message.addParameter(id, values.isEmpty() || values.get(0).isEmpty() ? " " : values.get(0)); //$NON-NLS-1$
                case STRING_LIST -> message.addParameter(id, values.toArray(String[]::new));
                case STRING_REPEATED -> values.forEach(value -> message.addParameter(id, value));
                case WORD_LIST -> message.addParameter(id, values.stream().flatMap(v -> List.of(v.split(",")).stream()) //$NON-NLS-1$
                        .mapToInt(v -> number(field, v)).toArray());
                default -> message.addParameter(id, number(field, values.get(0)));
            }
        }
    }

    private static int number(MqField field, String value) {
        return field.value(value.strip()).map(MqField.Value::number).orElseGet(() -> Integer.parseInt(value.strip()));
    }

    /** Inquire command for every object of {@code type} (generic name '*'), asking for all attributes. */
    public static PCFMessage inquire(MqObjectType type) {
        switch (type) {
            case QMGR -> {
                PCFMessage message = new PCFMessage(MQConstants.MQCMD_INQUIRE_Q_MGR);
                message.addParameter(MQConstants.MQIACF_Q_MGR_ATTRS, new int[] { MQConstants.MQIACF_ALL });
                return message;
            }
            case CHANNEL -> {
                PCFMessage message = new PCFMessage(MQConstants.MQCMD_INQUIRE_CHANNEL);
                message.addParameter(MQConstants.MQCACH_CHANNEL_NAME, "*"); //$NON-NLS-1$
                message.addParameter(MQConstants.MQIACF_CHANNEL_ATTRS, new int[] { MQConstants.MQIACF_ALL });
                return message;
            }
            case CHSTATUS -> {
                PCFMessage message = new PCFMessage(MQConstants.MQCMD_INQUIRE_CHANNEL_STATUS);
                message.addParameter(MQConstants.MQCACH_CHANNEL_NAME, "*"); //$NON-NLS-1$
                message.addParameter(MQConstants.MQIACH_CHANNEL_INSTANCE_TYPE, MQConstants.MQOT_CURRENT_CHANNEL);
                message.addParameter(MQConstants.MQIACH_CHANNEL_INSTANCE_ATTRS, new int[] { MQConstants.MQIACF_ALL });
                return message;
            }
            case AUTHINFO -> {
                PCFMessage message = new PCFMessage(MQConstants.MQCMD_INQUIRE_AUTH_INFO);
                message.addParameter(MQConstants.MQCA_AUTH_INFO_NAME, "*"); //$NON-NLS-1$
                message.addParameter(MQConstants.MQIACF_AUTH_INFO_ATTRS, new int[] { MQConstants.MQIACF_ALL });
                return message;
            }
            case POLICY -> {
                PCFMessage message = new PCFMessage(MQConstants.MQCMD_INQUIRE_PROT_POLICY);
                message.addParameter(MQConstants.MQCA_POLICY_NAME, "*"); //$NON-NLS-1$
                return message;
            }
            default -> {
                return ChlauthPcf.inquire("*"); //$NON-NLS-1$
            }
        }
    }

    /**
     * The object a reply (or a command) describes: its name and the attributes of the schema, each as
     * MQSC writes it. Parameters the schema does not model are left out; a password is kept only as
     * {@link #SECRET_SET}.
     */
    public static MqObject object(MqObjectType type, PCFMessage message) {
        int nameId = MqSchema.nameAttribute(type).pcfParameter();
        String name = ""; //$NON-NLS-1$
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        Enumeration<?> parameters = message.getParameters();
        while (parameters.hasMoreElements()) {
            PCFParameter parameter = (PCFParameter) parameters.nextElement();
            int id = parameter.getParameter();
            if (id == nameId) {
                name = strip(parameter.getStringValue());
                continue;
            }
            MqField field = MqSchema.field(type, id).orElse(null);
            if (field == null) {
                continue;
            }
            List<String> values = new ArrayList<>(attributes.getOrDefault(field.keyword(), List.of()));
            if (parameter instanceof MQCFIN number) {
                values.add(word(field, number.getIntValue()));
            } else if (parameter instanceof MQCFIL list) {
                for (int value : list.getValues()) {
                    values.add(word(field, value));
                }
            } else if (parameter instanceof MQCFSL list) {
                for (String value : list.getStrings()) {
                    if (!strip(value).isEmpty()) {
                        values.add(strip(value));
                    }
                }
            } else if (parameter instanceof MQCFST string) {
                String value = strip(string.getString());
                if (!value.isEmpty()) {
                    values.add("KEYRPWD".equals(field.keyword()) ? SECRET_SET : value); //$NON-NLS-1$
                }
            }
            attributes.put(field.keyword(), values);
        }
        return new MqObject(type, name, attributes);
    }

    private static String word(MqField field, int value) {
        return field.value(value).map(MqField.Value::word).orElse(Integer.toString(value));
    }

    private static String strip(String value) {
        return value == null ? "" : value.stripTrailing(); //$NON-NLS-1$
    }

    /**
     * A PCF message as text for people and the {@code pcf} rendering: the command by IBM's constant
     * name, then each parameter by name with its value.
     */
    public static String describe(PCFMessage message) {
        StringBuilder text = new StringBuilder(name(message.getCommand(), "MQCMD_.*")).append('\n'); //$NON-NLS-1$
        Enumeration<?> parameters = message.getParameters();
        while (parameters.hasMoreElements()) {
            PCFParameter parameter = (PCFParameter) parameters.nextElement();
            text.append("  ").append(name(parameter.getParameter(), "MQ(CA|CACH|CACF|IA|IACF|IACH)_.*")).append(" = "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (parameter instanceof MQCFST string) {
                text.append('\'').append(string.getString()).append('\'');
            } else if (parameter instanceof MQCFSL list) {
                text.append(String.join(", ", List.of(list.getStrings()).stream().map(s -> "'" + s + "'").toList())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            } else if (parameter instanceof MQCFIL list) {
                text.append(java.util.Arrays.toString(list.getValues()));
            } else if (parameter.getValue() instanceof Integer number) {
                text.append(valueName(parameter.getParameter(), number));
            } else {
                text.append(parameter.getValue());
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The constants whose values the CHLAUTH parameters take; the schema's fields name the others. */
    private static final Map<Integer, String> VALUE_CONSTANTS = Map.of(MQConstants.MQIACF_ACTION, "MQACT_.*", //$NON-NLS-1$
            MQConstants.MQIACF_CHLAUTH_TYPE, "MQCAUTH_.*", MQConstants.MQIACH_USER_SOURCE, "MQUSRC_.*", //$NON-NLS-1$ //$NON-NLS-2$
            MQConstants.MQIA_CHECK_CLIENT_BINDING, "MQCHK_.*", MQConstants.MQIA_CHECK_LOCAL_BINDING, "MQCHK_.*", //$NON-NLS-1$ //$NON-NLS-2$
            MQConstants.MQIACH_WARNING, "MQWARN_.*"); //$NON-NLS-1$

    /** An integer parameter's value by IBM's constant ("MQACT_REMOVE (7)") where it is one of a set, else the number. */
    private static String valueName(int parameter, int value) {
        String filter = VALUE_CONSTANTS.get(parameter);
        if (filter != null) {
            return name(value, filter);
        }
        for (MqObjectType type : MqObjectType.values()) {
            Optional<MqField.Value> named = MqSchema.field(type, parameter).flatMap(field -> field.value(value));
            if (named.isPresent()) {
                return named.get().constant() + " (" + value + ")"; //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return Integer.toString(value);
    }

    private static String name(int value, String filter) {
        String name = null;
        try {
            name = MQConstants.lookup(value, filter);
        } catch (RuntimeException e) {
            // no constant of that value: the number alone
        }
        if (name != null && name.contains("/")) { //$NON-NLS-1$
            // several constants share the value (MQCACH_FIRST/MQCACH_CHANNEL_NAME): the one that is not a range marker
            name = java.util.Arrays.stream(name.split("/")).filter(n -> !n.endsWith("_FIRST") && !n.endsWith("_LAST")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .orElse(name);
        }
        return (name == null || name.isEmpty() ? "" : name + " ") + "(" + value + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
