package org.mqsec.core.mqsc;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.Messages;
import org.mqsec.core.tls.QueueManagerPlatform;

/**
 * The string attributes this product writes, with what IBM MQ allows in each: the MQSC keyword,
 * the PCF parameter (its number and the name of IBM's constant, which a test checks against the IBM
 * MQ classes), and the maximum length per platform (shared/reference/mq-security.md 2.1 and 4).
 * Validators, the MQSC writer and the PCF builders all ask this one table, so a value that passes
 * one cannot be refused, cut or misread by another.
 *
 * <p>
 * No value may hold a control character: MQSC has no escape for a line break, so a description
 * with one becomes a second command in the script (an {@code ALTER QMGR CHLAUTH(DISABLED)} smuggled
 * in through a DESCR), and PCF would store it where MQSC cannot show it.
 */
public enum MqAttribute {
    QMGR_NAME("QMNAME", 2015, "MQCA_Q_MGR_NAME", 48, 4, Characters.OBJECT_NAME), //$NON-NLS-1$ //$NON-NLS-2$
    CHANNEL_NAME("CHANNEL", 3501, "MQCACH_CHANNEL_NAME", 20, 20, Characters.OBJECT_NAME), //$NON-NLS-1$ //$NON-NLS-2$
    /** A CHLAUTH profile: a channel name that may hold {@code *} anywhere. */
    CHLAUTH_PROFILE("CHLAUTH", 3501, "MQCACH_CHANNEL_NAME", 20, 20, Characters.GENERIC_NAME), //$NON-NLS-1$ //$NON-NLS-2$
    CHANNEL_DESCR("DESCR", 3502, "MQCACH_DESC", 64, 64, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    SSLCIPH("SSLCIPH", 3544, "MQCACH_SSL_CIPHER_SPEC", 32, 32, Characters.OBJECT_NAME), //$NON-NLS-1$ //$NON-NLS-2$
    /** SSLPEER of a channel: 1,024 characters, 256 on z/OS. */
    CHANNEL_SSLPEER("SSLPEER", 3545, "MQCACH_SSL_PEER_NAME", 1024, 256, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    /**
     * MCAUSER: 64 characters on Windows, 12 on UNIX, Linux and z/OS; as the platform family
     * Multiplatforms includes Windows, 64 is the hard limit and {@link #MCAUSER_LENGTH_UNIX} a warning.
     */
    MCAUSER("MCAUSER", 3527, "MQCACH_MCA_USER_ID", 64, 12, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    CERTLABL("CERTLABL", 2121, "MQCA_CERT_LABEL", 64, 64, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    SSLKEYR("SSLKEYR", 2049, "MQCA_SSL_KEY_REPOSITORY", 256, 256, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    CONNAME("CONNAME", 3506, "MQCACH_CONNECTION_NAME", 264, 264, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    CHLAUTH_ADDRESS("ADDRESS", 3506, "MQCACH_CONNECTION_NAME", 264, 264, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    CHLAUTH_ADDRLIST("ADDRLIST", 3566, "MQCACH_CONNECTION_NAME_LIST", 264, 264, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    CHLAUTH_USERLIST("USERLIST", 3568, "MQCACH_MCA_USER_ID_LIST", 64, 64, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    /** SSLPEER of a CHLAUTH record: 1,024 characters on every platform. */
    CHLAUTH_SSLPEER("SSLPEER", 3545, "MQCACH_SSL_PEER_NAME", 1024, 1024, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    SSLCERTI("SSLCERTI", 2130, "MQCA_SSL_CERT_ISSUER_NAME", 1024, 1024, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    CLNTUSER("CLNTUSER", 3567, "MQCACH_CLIENT_USER_ID", 1024, 1024, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    CHLAUTH_QMNAME("QMNAME", 2017, "MQCA_REMOTE_Q_MGR_NAME", 48, 48, Characters.GENERIC_NAME), //$NON-NLS-1$ //$NON-NLS-2$
    CHLAUTH_MCAUSER("MCAUSER", 3527, "MQCACH_MCA_USER_ID", 64, 12, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    CHLAUTH_DESCR("DESCR", 2118, "MQCA_CHLAUTH_DESC", 64, 64, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    CUSTOM("CUSTOM", 2119, "MQCA_CUSTOM", 128, 128, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    /** CONNAUTH of the queue manager: the AUTHINFO object that checks user IDs and passwords. */
    CONNAUTH("CONNAUTH", 2125, "MQCA_CONN_AUTH", 48, 48, Characters.OBJECT_NAME), //$NON-NLS-1$ //$NON-NLS-2$
    SSLCRLNL("SSLCRLNL", 2050, "MQCA_SSL_CRL_NAMELIST", 48, 48, Characters.OBJECT_NAME), //$NON-NLS-1$ //$NON-NLS-2$
    AUTHINFO_NAME("AUTHINFO", 2045, "MQCA_AUTH_INFO_NAME", 48, 48, Characters.OBJECT_NAME), //$NON-NLS-1$ //$NON-NLS-2$
    AUTHINFO_DESCR("DESCR", 2046, "MQCA_AUTH_INFO_DESC", 64, 64, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    /** An AMS policy's name: the name of the queue it protects. */
    POLICY_NAME("POLICY", 2112, "MQCA_POLICY_NAME", 48, 48, Characters.OBJECT_NAME), //$NON-NLS-1$ //$NON-NLS-2$
    POLICY_SIGNER("SIGNER", 2113, "MQCA_SIGNER_DN", 1024, 1024, Characters.TEXT), //$NON-NLS-1$ //$NON-NLS-2$
    POLICY_RECIPIENT("RECIP", 2114, "MQCA_RECIPIENT_DN", 1024, 1024, Characters.TEXT); //$NON-NLS-1$ //$NON-NLS-2$

    /** What characters a value may hold, beyond the ban on control characters that applies to all. */
    enum Characters {
        /** Object names: A-Z a-z 0-9 . / _ % */
        OBJECT_NAME(Pattern.compile("[A-Za-z0-9./_%]*")), //$NON-NLS-1$
        /** Names in CHLAUTH records, which may be generic with * anywhere. */
        GENERIC_NAME(Pattern.compile("[A-Za-z0-9./_%*]*")), //$NON-NLS-1$
        /** Free text: anything printable. */
        TEXT(null);

        final Pattern allowed;

        Characters(Pattern allowed) {
            this.allowed = allowed;
        }
    }

    /** MCAUSER on UNIX and Linux (MQ_MCA_USER_ID_LENGTH_OTHER); Windows takes 64. */
    public static final int MCAUSER_LENGTH_UNIX = 12;

    /** Finding codes. */
    public static final String CONTROL_CHARACTER = "MQ_ATTRIBUTE_CONTROL_CHARACTER"; //$NON-NLS-1$
    public static final String TOO_LONG = "MQ_ATTRIBUTE_TOO_LONG"; //$NON-NLS-1$
    public static final String BAD_CHARACTERS = "MQ_ATTRIBUTE_CHARACTERS"; //$NON-NLS-1$

    private final String keyword;
    private final int pcfParameter;
    private final String pcfConstant;
    private final int length;
    private final int zosLength;
    private final Characters characters;

    MqAttribute(String keyword, int pcfParameter, String pcfConstant, int length, int zosLength, Characters characters) {
        this.keyword = keyword;
        this.pcfParameter = pcfParameter;
        this.pcfConstant = pcfConstant;
        this.length = length;
        this.zosLength = zosLength;
        this.characters = characters;
    }

    public String keyword() {
        return keyword;
    }

    /** The PCF parameter number (MQCFST or MQCFSL). */
    public int pcfParameter() {
        return pcfParameter;
    }

    /** The name of the constant in IBM's {@code MQConstants} that has {@link #pcfParameter()}. */
    public String pcfConstant() {
        return pcfConstant;
    }

    /** The longest value MQ takes on Multiplatforms (for MCAUSER: on UNIX and Linux). */
    public int maximumLength() {
        return length;
    }

    /** The longest value MQ takes on {@code platform}; z/OS queue manager names are 4 characters. */
    public int maximumLength(QueueManagerPlatform platform) {
        return platform == QueueManagerPlatform.ZOS ? zosLength : length;
    }

    /** The first control character in {@code value}, if any (CR, LF, TAB, NUL, DEL and the C1 set). */
    public static Optional<Integer> controlCharacter(String value) {
        return value.codePoints().filter(Character::isISOControl).boxed().findFirst();
    }

    /**
     * Returns {@code value} if it has no control character, for writers of scripts and settings
     * files; otherwise throws {@link RefusedValueException} naming {@code field}.
     */
    public static String requireNoControlCharacter(String field, String value) {
        if (value != null) {
            Optional<Integer> control = controlCharacter(value);
            if (control.isPresent()) {
                throw new RefusedValueException(field, Messages.bind(Messages.Attribute_control, new Object[] { field,
                        field, String.format("U+%04X", control.get()) })); //$NON-NLS-1$
            }
        }
        return value;
    }

    /**
     * What is wrong with {@code value} for this attribute on {@code platform}: a control character,
     * more characters than MQ takes, or (for names) characters MQ does not allow. {@code where}
     * names the field for the user ("the channel's description").
     */
    public List<Finding> check(String value, QueueManagerPlatform platform, String where) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        Optional<Integer> control = controlCharacter(value);
        if (control.isPresent()) {
            return List.of(Finding.error(CONTROL_CHARACTER, keyword, Messages.bind(Messages.Attribute_control,
                    new Object[] { where, keyword, String.format("U+%04X", control.get()) }), Messages.Attribute_controlFix)); //$NON-NLS-1$
        }
        int maximum = maximumLength(platform);
        if (value.length() > maximum) {
            return List.of(Finding.error(TOO_LONG, keyword, Messages.bind(Messages.Attribute_length,
                    new Object[] { where, keyword, value.length(), maximum }), Messages.Attribute_lengthFix));
        }
        if (characters.allowed != null && !characters.allowed.matcher(value).matches()) {
            return List.of(Finding.error(BAD_CHARACTERS, keyword, Messages.bind(Messages.Attribute_characters,
                    new Object[] { where, keyword, value }), characters == Characters.GENERIC_NAME ? Messages.Attribute_genericCharactersFix
                            : Messages.Attribute_charactersFix));
        }
        return List.of();
    }
}
