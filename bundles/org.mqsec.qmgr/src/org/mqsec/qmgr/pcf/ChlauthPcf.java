package org.mqsec.qmgr.pcf;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.mqsc.MqscCommand;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.pcf.MQCFIL;
import com.ibm.mq.headers.pcf.MQCFIN;
import com.ibm.mq.headers.pcf.MQCFSL;
import com.ibm.mq.headers.pcf.MQCFST;
import com.ibm.mq.headers.pcf.PCFMessage;
import com.ibm.mq.headers.pcf.PCFParameter;

/**
 * CHLAUTH records as PCF, with IBM's classes: Set Channel Authentication Record
 * (MQCMD_SET_CHLAUTH_REC) to send, Inquire (MQCMD_INQUIRE_CHLAUTH_RECS) to ask, and records read
 * back from the replies. One table maps each MQSC keyword to its PCF parameter
 * (shared/reference/mq-security.md 4.4), in both directions, so the PCF and the MQSC we render can
 * never say different things. Reading goes through {@link ChlauthRecord#from}, so a record from a
 * queue manager is checked by the same rules as one from a file.
 */
public final class ChlauthPcf {

    private enum Kind {
        STRING, LIST, NUMBER
    }

    /** One MQSC keyword and its PCF parameter; {@code values} maps MQSC words to MQ constants. */
    private record Parameter(String keyword, int id, Kind kind, Map<String, Integer> values) {
        /** A string attribute: keyword and parameter from core's attribute table, which the MQSC side uses too. */
        static Parameter string(MqAttribute attribute) {
            return new Parameter(attribute.keyword(), attribute.pcfParameter(), Kind.STRING, Map.of());
        }

        static Parameter string(String keyword, int id) {
            return new Parameter(keyword, id, Kind.STRING, Map.of());
        }

        static Parameter list(MqAttribute attribute) {
            return new Parameter(attribute.keyword(), attribute.pcfParameter(), Kind.LIST, Map.of());
        }

        static Parameter number(String keyword, int id, Map<String, Integer> values) {
            return new Parameter(keyword, id, Kind.NUMBER, values);
        }

        String word(int value) {
            return values.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst()
                    .orElse(Integer.toString(value));
        }
    }

    private static final Parameter TYPE = Parameter.number("TYPE", MQConstants.MQIACF_CHLAUTH_TYPE, Map.of( //$NON-NLS-1$
            "BLOCKUSER", MQConstants.MQCAUT_BLOCKUSER, "BLOCKADDR", MQConstants.MQCAUT_BLOCKADDR, //$NON-NLS-1$ //$NON-NLS-2$
            "SSLPEERMAP", MQConstants.MQCAUT_SSLPEERMAP, "ADDRESSMAP", MQConstants.MQCAUT_ADDRESSMAP, //$NON-NLS-1$ //$NON-NLS-2$
            "USERMAP", MQConstants.MQCAUT_USERMAP, "QMGRMAP", MQConstants.MQCAUT_QMGRMAP)); //$NON-NLS-1$ //$NON-NLS-2$

    /** Every attribute after the profile and TYPE, in the order SET CHLAUTH documents them. */
    private static final List<Parameter> ATTRIBUTES = List.of(
            Parameter.list(MqAttribute.CHLAUTH_USERLIST),
            Parameter.list(MqAttribute.CHLAUTH_ADDRLIST),
            Parameter.string(MqAttribute.CHLAUTH_SSLPEER),
            Parameter.string(MqAttribute.SSLCERTI),
            Parameter.string(MqAttribute.CLNTUSER),
            Parameter.string(MqAttribute.CHLAUTH_QMNAME),
            Parameter.string(MqAttribute.CHLAUTH_ADDRESS),
            Parameter.number("USERSRC", MQConstants.MQIACH_USER_SOURCE, Map.of( //$NON-NLS-1$
                    "MAP", MQConstants.MQUSRC_MAP, "NOACCESS", MQConstants.MQUSRC_NOACCESS, //$NON-NLS-1$ //$NON-NLS-2$
                    "CHANNEL", MQConstants.MQUSRC_CHANNEL)), //$NON-NLS-1$
            Parameter.string(MqAttribute.CHLAUTH_MCAUSER),
            Parameter.number("CHCKCLNT", MQConstants.MQIA_CHECK_CLIENT_BINDING, Map.of( //$NON-NLS-1$
                    "ASQMGR", MQConstants.MQCHK_AS_Q_MGR, "REQUIRED", MQConstants.MQCHK_REQUIRED, //$NON-NLS-1$ //$NON-NLS-2$
                    "REQDADM", MQConstants.MQCHK_REQUIRED_ADMIN)), //$NON-NLS-1$
            Parameter.number("WARN", MQConstants.MQIACH_WARNING, Map.of( //$NON-NLS-1$
                    "NO", MQConstants.MQWARN_NO, "YES", MQConstants.MQWARN_YES)), //$NON-NLS-1$ //$NON-NLS-2$
            Parameter.string(MqAttribute.CHLAUTH_DESCR),
            Parameter.string(MqAttribute.CUSTOM),
            Parameter.string("ALTDATE", MQConstants.MQCA_ALTERATION_DATE), //$NON-NLS-1$
            Parameter.string("ALTTIME", MQConstants.MQCA_ALTERATION_TIME)); //$NON-NLS-1$

    private static final Map<ChlauthAction, Integer> ACTIONS = Map.of(ChlauthAction.ADD, MQConstants.MQACT_ADD,
            ChlauthAction.REPLACE, MQConstants.MQACT_REPLACE, ChlauthAction.REMOVE, MQConstants.MQACT_REMOVE,
            ChlauthAction.REMOVEALL, MQConstants.MQACT_REMOVEALL);

    private ChlauthPcf() {
    }

    /**
     * Set Channel Authentication Record for a record: ProfileName, then Type (IBM requires that order),
     * then the attributes the record's MQSC rendering has, then Action. REMOVE sends only what
     * identifies the record; REMOVEALL only profile and type.
     */
    public static PCFMessage set(ChlauthRecord record, ChlauthAction action) {
        MqscCommand mqsc = record.toMqsc(action);
        PCFMessage message = new PCFMessage(MQConstants.MQCMD_SET_CHLAUTH_REC);
        message.addParameter(MqAttribute.CHLAUTH_PROFILE.pcfParameter(), mqsc.name());
        message.addParameter(TYPE.id(), TYPE.values().get(record.type().name()));
        for (Parameter parameter : ATTRIBUTES) {
            List<String> values = mqsc.values(parameter.keyword());
            if (values.isEmpty()) {
                continue;
            }
            switch (parameter.kind()) {
                case STRING -> message.addParameter(parameter.id(), values.get(0));
                case LIST -> message.addParameter(parameter.id(), values.toArray(String[]::new));
                case NUMBER -> message.addParameter(parameter.id(), parameter.values().get(values.get(0)));
            }
        }
        message.addParameter(MQConstants.MQIACF_ACTION, ACTIONS.get(action));
        return message;
    }

    /** Inquire Channel Authentication Records: every attribute of the records whose profile matches. */
    public static PCFMessage inquire(String profile) {
        PCFMessage message = new PCFMessage(MQConstants.MQCMD_INQUIRE_CHLAUTH_RECS);
        message.addParameter(MQConstants.MQCACH_CHANNEL_NAME, profile);
        message.addParameter(MQConstants.MQIACF_CHLAUTH_ATTRS, new int[] { MQConstants.MQIACF_ALL });
        return message;
    }

    /**
     * A record from an Inquire reply (or from a Set command). The parameters become the MQSC keywords
     * they stand for and are read by {@link ChlauthRecord#from}: a parameter we do not know, or a value
     * outside the documented constants, is a finding, never dropped. Strings lose the trailing
     * blanks queue managers pad them with.
     */
    public static ChlauthRecord.Parsed read(PCFMessage message) {
        String profile = ""; //$NON-NLS-1$
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        Enumeration<?> parameters = message.getParameters();
        while (parameters.hasMoreElements()) {
            PCFParameter parameter = (PCFParameter) parameters.nextElement();
            int id = parameter.getParameter();
            if (id == MQConstants.MQCACH_CHANNEL_NAME) {
                profile = stripTrailing(parameter.getStringValue());
            } else if (id != MQConstants.MQIACF_ACTION) {
                Parameter known = id == TYPE.id() ? TYPE
                        : ATTRIBUTES.stream().filter(p -> p.id() == id).findFirst().orElse(null);
                String keyword = known == null ? "PCF(" + id + ")" : known.keyword(); //$NON-NLS-1$ //$NON-NLS-2$
                keywords.put(keyword, values(parameter, known));
            }
        }
        return ChlauthRecord.from(new MqscCommand("SET", "CHLAUTH", profile, keywords, 0)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static List<String> values(PCFParameter parameter, Parameter known) {
        if (parameter instanceof MQCFIN number) {
            return List.of(known == null ? Integer.toString(number.getIntValue()) : known.word(number.getIntValue()));
        }
        if (parameter instanceof MQCFSL list) {
            return Arrays.stream(list.getStrings()).map(ChlauthPcf::stripTrailing).toList();
        }
        if (parameter instanceof MQCFIL list) {
            return Arrays.stream(list.getValues()).mapToObj(Integer::toString).toList();
        }
        if (parameter instanceof MQCFST string) {
            return List.of(stripTrailing(string.getString()));
        }
        return List.of(String.valueOf(parameter.getValue()));
    }

    private static String stripTrailing(String value) {
        return value == null ? "" : value.stripTrailing(); //$NON-NLS-1$
    }
}
