package org.mqsec.qmgr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.tls.QueueManagerPlatform;

import com.ibm.mq.constants.MQConstants;

/**
 * Core's attribute table (which has no IBM classes) against the IBM MQ classes for Java: every PCF
 * parameter number is the one IBM's constant of that name has, and every length is IBM's
 * MQ_*_LENGTH constant for the attribute.
 */
class MqAttributeConstantsTest {

    /** The MQ_*_LENGTH constant for each attribute's Multiplatforms maximum. */
    private static final Map<MqAttribute, String> LENGTHS = Map.ofEntries(
            Map.entry(MqAttribute.QMGR_NAME, "MQ_Q_MGR_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHANNEL_NAME, "MQ_CHANNEL_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHLAUTH_PROFILE, "MQ_CHANNEL_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHANNEL_DESCR, "MQ_CHANNEL_DESC_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.SSLCIPH, "MQ_SSL_CIPHER_SPEC_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHANNEL_SSLPEER, "MQ_SSL_PEER_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.MCAUSER, "MQ_MCA_USER_ID_LENGTH_WINDOWS"), //$NON-NLS-1$
            Map.entry(MqAttribute.CERTLABL, "MQ_CERT_LABEL_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.SSLKEYR, "MQ_SSL_KEY_REPOSITORY_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CONNAME, "MQ_CONN_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHLAUTH_ADDRESS, "MQ_CONN_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHLAUTH_ADDRLIST, "MQ_CONN_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHLAUTH_USERLIST, "MQ_MCA_USER_ID_LENGTH_WINDOWS"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHLAUTH_SSLPEER, "MQ_SSL_PEER_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.SSLCERTI, "MQ_SSL_PEER_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CLNTUSER, "MQ_CLIENT_USER_ID_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHLAUTH_QMNAME, "MQ_Q_MGR_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHLAUTH_MCAUSER, "MQ_MCA_USER_ID_LENGTH_WINDOWS"), //$NON-NLS-1$
            Map.entry(MqAttribute.CHLAUTH_DESCR, "MQ_CHLAUTH_DESC_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CUSTOM, "MQ_CUSTOM_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.CONNAUTH, "MQ_AUTH_INFO_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.SSLCRLNL, "MQ_NAMELIST_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.AUTHINFO_NAME, "MQ_AUTH_INFO_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.AUTHINFO_DESCR, "MQ_AUTH_INFO_DESC_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.POLICY_NAME, "MQ_OBJECT_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.POLICY_SIGNER, "MQ_DISTINGUISHED_NAME_LENGTH"), //$NON-NLS-1$
            Map.entry(MqAttribute.POLICY_RECIPIENT, "MQ_DISTINGUISHED_NAME_LENGTH")); //$NON-NLS-1$

    private static int constant(String name) throws ReflectiveOperationException {
        return MQConstants.class.getField(name).getInt(null);
    }

    @ParameterizedTest
    @EnumSource(MqAttribute.class)
    void pcfParameterAndLengthAreIbms(MqAttribute attribute) throws ReflectiveOperationException {
        assertEquals(constant(attribute.pcfConstant()), attribute.pcfParameter(), attribute + " " + attribute.pcfConstant()); //$NON-NLS-1$
        String length = LENGTHS.get(attribute);
        assertEquals(constant(length), attribute.maximumLength(), attribute + " " + length); //$NON-NLS-1$
    }

    @Test
    void unixMcauserIsIbmsOtherLength() throws ReflectiveOperationException {
        assertEquals(constant("MQ_MCA_USER_ID_LENGTH_OTHER"), MqAttribute.MCAUSER_LENGTH_UNIX); //$NON-NLS-1$
        assertEquals(constant("MQ_MCA_USER_ID_LENGTH_OTHER"), MqAttribute.MCAUSER.maximumLength(QueueManagerPlatform.ZOS)); //$NON-NLS-1$
    }
}
