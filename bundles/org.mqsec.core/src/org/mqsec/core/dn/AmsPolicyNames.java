package org.mqsec.core.dn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.Messages;
import org.mqsec.core.mqsc.MqAttribute;

/**
 * The dialect of AMS policy DNs ({@code SET POLICY SIGNER(...) RECIP(...)}, {@code setmqspl -a/-r}):
 * RFC 2253 text, which AMS compares with the certificate's {@code X500Principal.getName()} after its
 * own normalisation (IBM's {@code X500NameWrapper}). Writing one needs the name's DER encoding (an
 * attribute the JDK has no keyword for is compared by its encoded bytes), so it is written in the
 * crypto bundle ({@code CertificateNames.amsPolicyDn}); this class checks the DNs an administrator
 * types: attribute names in upper case (IBM's AMS documentation), no control character, at most
 * {@value #MAXIMUM_LENGTH} characters ({@code MQ_DISTINGUISHED_NAME_LENGTH}), a name at all.
 */
public final class AmsPolicyNames {

    public static final String NOT_A_NAME = "AMS_DN_NOT_A_NAME"; //$NON-NLS-1$
    public static final String LOWER_CASE_KEYWORD = "AMS_DN_LOWER_CASE_KEYWORD"; //$NON-NLS-1$
    public static final String TOO_LONG = "AMS_DN_TOO_LONG"; //$NON-NLS-1$
    public static final String CONTROL_CHARACTER = "AMS_DN_CONTROL_CHARACTER"; //$NON-NLS-1$

    /** MQ_DISTINGUISHED_NAME_LENGTH: the longest signer or recipient DN a policy holds. */
    public static final int MAXIMUM_LENGTH = 1024;

    /** An attribute type at the start of the text or after an unescaped separator. */
    private static final Pattern TYPE = Pattern.compile("(?:^|(?<!\\\\)[,+])\\s*([A-Za-z][A-Za-z0-9-]*)\\s*="); //$NON-NLS-1$

    /** A policy DN read: the name, or null with the findings that say why not. */
    public record Parsed(CertificateName name, List<Finding> findings) {
    }

    private AmsPolicyNames() {
    }

    /** Reads a signer or recipient DN as an administrator types it for a policy. */
    public static Parsed parse(String text) {
        String value = text == null ? "" : text; //$NON-NLS-1$
        List<Finding> findings = new ArrayList<>();
        if (MqAttribute.controlCharacter(value).isPresent()) {
            findings.add(Finding.error(CONTROL_CHARACTER, "DN", Messages.bind(Messages.Ams_dnControl, value.strip()), //$NON-NLS-1$
                    Messages.Dn_controlCharacterFix));
        }
        if (value.length() > MAXIMUM_LENGTH) {
            findings.add(Finding.error(TOO_LONG, "DN", Messages.bind(Messages.Ams_dnTooLong, value.length(), MAXIMUM_LENGTH), //$NON-NLS-1$
                    Messages.Ams_dnTooLongFix));
        }
        Matcher types = TYPE.matcher(value);
        while (types.find()) {
            String type = types.group(1);
            if (!type.equals(type.toUpperCase(java.util.Locale.ROOT))) {
                findings.add(Finding.error(LOWER_CASE_KEYWORD, "DN", Messages.bind(Messages.Ams_dnLowerCase, type, //$NON-NLS-1$
                        type.toUpperCase(java.util.Locale.ROOT)), Messages.Ams_dnLowerCaseFix));
            }
        }
        CertificateName name = null;
        try {
            name = Rfc4514Names.parse(value);
            if (name.isEmpty()) {
                findings.add(Finding.error(NOT_A_NAME, "DN", Messages.bind(Messages.Dn_notRfc4514, value), Messages.Ams_dnFix)); //$NON-NLS-1$
            }
        } catch (IllegalArgumentException e) {
            findings.add(Finding.error(NOT_A_NAME, "DN", e.getMessage(), Messages.Ams_dnFix)); //$NON-NLS-1$
        }
        return new Parsed(Finding.hasErrors(findings) ? null : name, findings);
    }
}
