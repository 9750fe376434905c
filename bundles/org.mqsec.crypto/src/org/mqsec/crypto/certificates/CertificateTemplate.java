package org.mqsec.crypto.certificates;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.dn.CertificateName;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.internal.Messages;

/**
 * What a new certificate says: subject, subject alternative names ({@code DNS:host}, {@code IP:addr}),
 * key usage preset, validity and signature hash.
 */
public record CertificateTemplate(CertificateName subject, List<Finding> subjectFindings,
        List<String> subjectAlternativeNames, CertificateProfile profile, int validityDays, SignatureHash hash) {

    /** Leaf certificates valid for longer than this are flagged (CA/Browser Forum's old limit). */
    public static final int LONG_LEAF_VALIDITY_DAYS = 825;

    public CertificateTemplate {
        subjectFindings = List.copyOf(subjectFindings);
        subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
    }

    /** A certificate for a name the user typed in MQ's dialect, checked by MQ's rules for subjects. */
    public static CertificateTemplate typed(DistinguishedName subject, List<String> subjectAlternativeNames,
            CertificateProfile profile, int validityDays, SignatureHash hash) {
        return new CertificateTemplate(subject.name(), subject.subjectFindings(), subjectAlternativeNames, profile,
                validityDays, hash);
    }

    /**
     * A certificate for a name that already exists (a request's, a certificate's being renewed): kept
     * attribute for attribute, whatever MQ's dialect could say of it.
     */
    public static CertificateTemplate keeping(CertificateName subject, List<String> subjectAlternativeNames,
            CertificateProfile profile, int validityDays, SignatureHash hash) {
        return new CertificateTemplate(subject, List.of(), subjectAlternativeNames, profile, validityDays, hash);
    }

    /** Everything wrong with the template, before anything is generated. */
    public List<Finding> validate() {
        List<Finding> findings = new ArrayList<>(subjectFindings);
        for (String name : subjectAlternativeNames) {
            if (!validAlternativeName(name)) {
                findings.add(Finding.error(Messages.bind(Messages.Template_badSan, name), Messages.Template_badSanFix));
            }
        }
        if (validityDays < 1) {
            findings.add(Finding.error(Messages.Template_badValidity, Messages.Template_badValidityFix));
        } else if (profile != CertificateProfile.CA && validityDays > LONG_LEAF_VALIDITY_DAYS) {
            findings.add(Finding.warning(Messages.bind(Messages.Template_longValidity, validityDays),
                    Messages.Template_longValidityFix));
        }
        return findings;
    }

    static boolean validAlternativeName(String name) {
        if (name.startsWith("DNS:")) { //$NON-NLS-1$
            return name.substring(4).matches("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"); //$NON-NLS-1$
        }
        if (name.startsWith("IP:")) { //$NON-NLS-1$
            String address = name.substring(3);
            if (!address.matches("[0-9.]+|[0-9A-Fa-f:.]+")) { //$NON-NLS-1$
                return false; // a host name here would make InetAddress look it up
            }
            try {
                InetAddress.getByName(address);
                return true;
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
