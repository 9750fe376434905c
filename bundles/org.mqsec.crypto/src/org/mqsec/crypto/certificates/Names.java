package org.mqsec.crypto.certificates;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/** Between MQ's way of writing names and X.509's. */
final class Names {

    private Names() {
    }

    static GeneralNames generalNames(List<String> names) {
        List<GeneralName> general = new ArrayList<>();
        for (String name : names) {
            general.add(name.startsWith("IP:") ? new GeneralName(GeneralName.iPAddress, name.substring(3)) //$NON-NLS-1$
                    : new GeneralName(GeneralName.dNSName, name.substring(4)));
        }
        return new GeneralNames(general.toArray(GeneralName[]::new));
    }

    /** The errors as one refusal: each on its own line with its fix. */
    static KeyRepositoryException refused(List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        return new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                errors.stream().map(Finding::message).collect(Collectors.joining("\n")), //$NON-NLS-1$
                errors.stream().map(Finding::fix).filter(f -> !f.isEmpty()).collect(Collectors.joining("\n"))); //$NON-NLS-1$
    }
}
