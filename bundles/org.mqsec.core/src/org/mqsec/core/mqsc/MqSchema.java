package org.mqsec.core.mqsc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mqsec.core.mqsc.MqField.Kind;
import org.mqsec.core.mqsc.MqField.Value;

/**
 * The security attributes of each object type, as one table that validation, the MQSC writer, the
 * PCF builders and the readers all use (numbers from shared/reference/mq-security.md 4; a test checks
 * every number against the constant of that name in the IBM MQ classes). Channel attributes that are
 * not about security (HBINT, MAXMSGL...) are not modelled: readers skip them and plans cannot set them.
 */
public final class MqSchema {

    private static final Map<MqObjectType, List<MqField>> FIELDS = new EnumMap<>(MqObjectType.class);

    private static final long MAX_NUMBER = 999_999_999L;

    static {
        List<MqField> qmgr = new ArrayList<>();
        qmgr.add(readOnly(text(MqAttribute.QMGR_NAME)));
        qmgr.add(readOnly(words("PLATFORM", 32, "MQIA_PLATFORM", v("MVS", 1, "MQPL_MVS"), v("UNIX", 3, "MQPL_UNIX"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                v("OS400", 4, "MQPL_OS400"), v("WINDOWSNT", 11, "MQPL_WINDOWS_NT"), v("NSK", 13, "MQPL_NSK"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("APPLIANCE", 28, "MQPL_APPLIANCE")))); //$NON-NLS-1$ //$NON-NLS-2$
        qmgr.add(readOnly(number("CMDLEVEL", 31, "MQIA_COMMAND_LEVEL", 0, MAX_NUMBER))); //$NON-NLS-1$ //$NON-NLS-2$
        qmgr.add(text(MqAttribute.SSLKEYR));
        qmgr.add(text(MqAttribute.CERTLABL));
        // the password itself is never read back in clear; readers note only whether it is set
        qmgr.add(readOnly(new MqField("KEYRPWD", 2055, "MQCA_SSL_KEY_REPO_PASSWORD", Kind.STRING, null, List.of(), 0, 0, true))); //$NON-NLS-1$ //$NON-NLS-2$
        qmgr.add(words("SSLFIPS", 92, "MQIA_SSL_FIPS_REQUIRED", v("NO", 0, "MQSSL_FIPS_NO"), v("YES", 1, "MQSSL_FIPS_YES"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        qmgr.add(new MqField("SUITEB", 247, "MQIA_SUITE_B_STRENGTH", Kind.WORD_LIST, null, List.of(v("NONE", 1, "MQ_SUITE_B_NONE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                v("128_BIT", 2, "MQ_SUITE_B_128_BIT"), v("192_BIT", 4, "MQ_SUITE_B_192_BIT")), 0, 0, false)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        qmgr.add(words("CHLAUTH", 248, "MQIA_CHLAUTH_RECORDS", v("DISABLED", 0, "MQCHLA_DISABLED"), v("ENABLED", 1, "MQCHLA_ENABLED"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        qmgr.add(text(MqAttribute.CONNAUTH));
        qmgr.add(number("SSLTASKS", 69, "MQIA_SSL_TASKS", 0, 9999)); //$NON-NLS-1$ //$NON-NLS-2$
        qmgr.add(number("SSLRKEYC", 76, "MQIA_SSL_RESET_COUNT", 0, MAX_NUMBER)); //$NON-NLS-1$ //$NON-NLS-2$
        qmgr.add(text(MqAttribute.SSLCRLNL));
        qmgr.add(words("SSLEV", 75, "MQIA_SSL_EVENT", v("DISABLED", 0, "MQEVR_DISABLED"), v("ENABLED", 1, "MQEVR_ENABLED"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        qmgr.add(words("CERTVPOL", 252, "MQIA_CERT_VAL_POLICY", v("ANY", 0, "MQ_CERT_VAL_POLICY_ANY"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                v("RFC5280", 1, "MQ_CERT_VAL_POLICY_RFC5280"))); //$NON-NLS-1$ //$NON-NLS-2$
        qmgr.add(words("REVDNS", 254, "MQIA_REVERSE_DNS_LOOKUP", v("ENABLED", 0, "MQRDNS_ENABLED"), v("DISABLED", 1, "MQRDNS_DISABLED"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        FIELDS.put(MqObjectType.QMGR, List.copyOf(qmgr));

        List<MqField> channel = new ArrayList<>();
        channel.add(channelType());
        channel.add(words("TRPTYPE", 1501, "MQIACH_XMIT_PROTOCOL_TYPE", v("LU62", 1, "MQXPT_LU62"), v("TCP", 2, "MQXPT_TCP"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("NETBIOS", 3, "MQXPT_NETBIOS"), v("SPX", 4, "MQXPT_SPX"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        channel.add(text(MqAttribute.SSLCIPH));
        channel.add(words("SSLCAUTH", 1568, "MQIACH_SSL_CLIENT_AUTH", v("REQUIRED", 0, "MQSCA_REQUIRED"), v("OPTIONAL", 1, "MQSCA_OPTIONAL"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        channel.add(text(MqAttribute.CHANNEL_SSLPEER));
        channel.add(text(MqAttribute.MCAUSER));
        channel.add(text(MqAttribute.CERTLABL));
        channel.add(number("MAXINST", 1618, "MQIACH_MAX_INSTANCES", 0, MAX_NUMBER)); //$NON-NLS-1$ //$NON-NLS-2$
        channel.add(number("MAXINSTC", 1619, "MQIACH_MAX_INSTS_PER_CLIENT", 0, MAX_NUMBER)); //$NON-NLS-1$ //$NON-NLS-2$
        channel.add(number("SHARECNV", 1615, "MQIACH_SHARING_CONVERSATIONS", 0, MAX_NUMBER)); //$NON-NLS-1$ //$NON-NLS-2$
        channel.add(text(MqAttribute.CHANNEL_DESCR));
        channel.add(text(MqAttribute.CONNAME));
        channel.add(text(MqAttribute.QMGR_NAME));
        FIELDS.put(MqObjectType.CHANNEL, List.copyOf(channel));

        List<MqField> status = new ArrayList<>();
        status.add(readOnly(channelType()));
        status.add(readOnly(text(MqAttribute.CONNAME)));
        status.add(readOnly(words("STATUS", 1527, "MQIACH_CHANNEL_STATUS", v("INACTIVE", 0, "MQCHS_INACTIVE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                v("BINDING", 1, "MQCHS_BINDING"), v("STARTING", 2, "MQCHS_STARTING"), v("RUNNING", 3, "MQCHS_RUNNING"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("STOPPING", 4, "MQCHS_STOPPING"), v("RETRYING", 5, "MQCHS_RETRYING"), v("STOPPED", 6, "MQCHS_STOPPED"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("REQUESTING", 7, "MQCHS_REQUESTING"), v("PAUSED", 8, "MQCHS_PAUSED"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                v("DISCONNECTED", 9, "MQCHS_DISCONNECTED"), v("INITIALIZING", 13, "MQCHS_INITIALIZING"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                v("SWITCHING", 14, "MQCHS_SWITCHING")))); //$NON-NLS-1$ //$NON-NLS-2$
        status.add(readOnly(words("SECPROT", 1645, "MQIACH_SECURITY_PROTOCOL", v("NONE", 0, "MQSECPROT_NONE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                v("SSLV3", 1, "MQSECPROT_SSLV30"), v("TLSV1", 2, "MQSECPROT_TLSV10"), v("TLSV12", 4, "MQSECPROT_TLSV12"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("TLSV13", 8, "MQSECPROT_TLSV13")))); //$NON-NLS-1$ //$NON-NLS-2$
        status.add(readOnly(text(MqAttribute.SSLCIPH)));
        status.add(readOnly(new MqField("SSLPEER", 3547, "MQCACH_SSL_SHORT_PEER_NAME", Kind.STRING, null, List.of(), 0, 0, true))); //$NON-NLS-1$ //$NON-NLS-2$
        status.add(readOnly(new MqField("SSLCERTI", 3550, "MQCACH_SSL_CERT_ISSUER_NAME", Kind.STRING, null, List.of(), 0, 0, true))); //$NON-NLS-1$ //$NON-NLS-2$
        status.add(readOnly(new MqField("SSLCERTU", 3549, "MQCACH_SSL_CERT_USER_ID", Kind.STRING, null, List.of(), 0, 0, true))); //$NON-NLS-1$ //$NON-NLS-2$
        status.add(readOnly(text(MqAttribute.MCAUSER)));
        FIELDS.put(MqObjectType.CHSTATUS, List.copyOf(status));

        List<MqField> authinfo = new ArrayList<>();
        authinfo.add(words("AUTHTYPE", 66, "MQIA_AUTH_INFO_TYPE", v("CRLLDAP", 1, "MQAIT_CRL_LDAP"), v("OCSP", 2, "MQAIT_OCSP"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("IDPWOS", 3, "MQAIT_IDPW_OS"), v("IDPWLDAP", 4, "MQAIT_IDPW_LDAP"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Value[] check = { v("OPTIONAL", 0, "MQCHK_OPTIONAL"), v("NONE", 1, "MQCHK_NONE"), v("REQDADM", 2, "MQCHK_REQUIRED_ADMIN"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("REQUIRED", 3, "MQCHK_REQUIRED") }; //$NON-NLS-1$ //$NON-NLS-2$
        authinfo.add(words("CHCKCLNT", 258, "MQIA_CHECK_CLIENT_BINDING", check)); //$NON-NLS-1$ //$NON-NLS-2$
        authinfo.add(words("CHCKLOCL", 257, "MQIA_CHECK_LOCAL_BINDING", check)); //$NON-NLS-1$ //$NON-NLS-2$
        authinfo.add(words("ADOPTCTX", 260, "MQIA_ADOPT_CONTEXT", v("NO", 0, "MQADPCTX_NO"), v("YES", 1, "MQADPCTX_YES"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        authinfo.add(text(MqAttribute.AUTHINFO_DESCR));
        FIELDS.put(MqObjectType.AUTHINFO, List.copyOf(authinfo));

        List<MqField> policy = new ArrayList<>();
        policy.add(words("SIGNALG", 236, "MQIA_SIGNATURE_ALGORITHM", v("NONE", 0, "MQMLP_SIGN_ALG_NONE"), v("MD5", 1, "MQMLP_SIGN_ALG_MD5"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("SHA1", 2, "MQMLP_SIGN_ALG_SHA1"), v("SHA256", 4, "MQMLP_SIGN_ALG_SHA256"), v("SHA384", 5, "MQMLP_SIGN_ALG_SHA384"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("SHA512", 6, "MQMLP_SIGN_ALG_SHA512"))); //$NON-NLS-1$ //$NON-NLS-2$
        policy.add(words("ENCALG", 237, "MQIA_ENCRYPTION_ALGORITHM", v("NONE", 0, "MQMLP_ENCRYPTION_ALG_NONE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                v("RC2", 1, "MQMLP_ENCRYPTION_ALG_RC2"), v("DES", 2, "MQMLP_ENCRYPTION_ALG_DES"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                v("3DES", 3, "MQMLP_ENCRYPTION_ALG_3DES"), v("AES128", 4, "MQMLP_ENCRYPTION_ALG_AES128"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                v("AES256", 5, "MQMLP_ENCRYPTION_ALG_AES256"))); //$NON-NLS-1$ //$NON-NLS-2$
        policy.add(repeated(MqAttribute.POLICY_SIGNER));
        policy.add(repeated(MqAttribute.POLICY_RECIPIENT));
        policy.add(new MqField("ENFORCE", 235, "MQIA_TOLERATE_UNPROTECTED", Kind.SWITCH, null, List.of( //$NON-NLS-1$ //$NON-NLS-2$
                v("ENFORCE", 0, "MQMLP_TOLERATE_UNPROTECTED_NO"), v("TOLERATE", 1, "MQMLP_TOLERATE_UNPROTECTED_YES")), 0, 0, false)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        policy.add(new MqField("KEYREUSE", 267, "MQIA_KEY_REUSE_COUNT", Kind.INTEGER, null, List.of( //$NON-NLS-1$ //$NON-NLS-2$
                v("DISABLED", 0, "MQKEY_REUSE_DISABLED"), v("UNLIMITED", -1, "MQKEY_REUSE_UNLIMITED")), 1, 9_999_999, false)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        FIELDS.put(MqObjectType.POLICY, List.copyOf(policy));
        FIELDS.put(MqObjectType.CHLAUTH, List.of()); // CHLAUTH records have their own model (ChlauthRecord)
    }

    private MqSchema() {
    }

    /** The attributes of {@code type} this product knows, in the order MQSC renders them. */
    public static List<MqField> fields(MqObjectType type) {
        return FIELDS.get(type);
    }

    public static Optional<MqField> field(MqObjectType type, String keyword) {
        String upper = keyword.toUpperCase(Locale.ROOT);
        return FIELDS.get(type).stream().filter(f -> f.keyword().equals(upper)).findFirst();
    }

    public static Optional<MqField> field(MqObjectType type, int pcfParameter) {
        return FIELDS.get(type).stream().filter(f -> f.pcfParameter() == pcfParameter).findFirst();
    }

    /** The parameter that names an object of {@code type} in PCF (ChannelName, PolicyName...); -1 for QMGR. */
    public static MqAttribute nameAttribute(MqObjectType type) {
        return switch (type) {
            case CHANNEL, CHSTATUS -> MqAttribute.CHANNEL_NAME;
            case CHLAUTH -> MqAttribute.CHLAUTH_PROFILE;
            case AUTHINFO -> MqAttribute.AUTHINFO_NAME;
            case POLICY -> MqAttribute.POLICY_NAME;
            case QMGR -> MqAttribute.QMGR_NAME;
        };
    }

    private static MqField channelType() {
        return words("CHLTYPE", 1511, "MQIACH_CHANNEL_TYPE", v("SDR", 1, "MQCHT_SENDER"), v("SVR", 2, "MQCHT_SERVER"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("RCVR", 3, "MQCHT_RECEIVER"), v("RQSTR", 4, "MQCHT_REQUESTER"), v("CLNTCONN", 6, "MQCHT_CLNTCONN"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("SVRCONN", 7, "MQCHT_SVRCONN"), v("CLUSRCVR", 8, "MQCHT_CLUSRCVR"), v("CLUSSDR", 9, "MQCHT_CLUSSDR"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                v("MQTT", 10, "MQCHT_MQTT"), v("AMQP", 11, "MQCHT_AMQP")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static Value v(String word, int number, String constant) {
        return new Value(word, number, constant);
    }

    private static MqField text(MqAttribute attribute) {
        return new MqField(attribute.keyword(), attribute.pcfParameter(), attribute.pcfConstant(), Kind.STRING, attribute, List.of(), 0, 0,
                false);
    }

    private static MqField repeated(MqAttribute attribute) {
        return new MqField(attribute.keyword(), attribute.pcfParameter(), attribute.pcfConstant(), Kind.STRING_REPEATED, attribute, List.of(),
                0, 0, false);
    }

    private static MqField words(String keyword, int id, String constant, Value... values) {
        return new MqField(keyword, id, constant, Kind.WORD, null, List.of(values), 0, 0, false);
    }

    private static MqField number(String keyword, int id, String constant, long minimum, long maximum) {
        return new MqField(keyword, id, constant, Kind.INTEGER, null, List.of(), minimum, maximum, false);
    }

    private static MqField readOnly(MqField field) {
        return new MqField(field.keyword(), field.pcfParameter(), field.pcfConstant(), field.kind(), field.text(), field.values(),
                field.minimum(), field.maximum(), true);
    }
}
