package org.mqsec.ui.internal.tls;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.core.tls.TlsChannelPlan;
import org.mqsec.core.tls.TlsChannelRules;
import org.mqsec.core.tls.TlsChannelSpec;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.tls.TlsChannelArtefacts;
import org.mqsec.ui.internal.PathFacts;

/**
 * Turns the wizard's model into findings per page, the renderings the review page shows, and on
 * Finish the artefacts (through {@link TlsChannelArtefacts}, the same code as {@code mqsec tls plan}).
 */
final class TlsChannelController {

    private final TlsChannelModel model;

    TlsChannelController(TlsChannelModel model) {
        this.model = model;
    }

    TlsChannelModel model() {
        return model;
    }

    List<Finding> targetFindings() {
        return TlsChannelRules.target(model.spec());
    }

    List<Finding> serverFindings() {
        List<Finding> findings = new ArrayList<>(TlsChannelRules.serverIdentity(model.spec()));
        if (model.serverRepository.isEmpty()) {
            findings.addAll(TlsChannelArtefacts.newKeyFindings(model.serverKey));
        }
        return findings;
    }

    /** The client's certificate, and (as page 3 decides it) whether each end trusts the other's. */
    List<Finding> clientFindings() {
        TlsChannelSpec spec = model.spec();
        List<Finding> findings = new ArrayList<>(TlsChannelRules.clientIdentity(spec));
        if (model.clientRepository.isEmpty()) {
            findings.addAll(TlsChannelArtefacts.newKeyFindings(model.clientKey));
        }
        findings.addAll(TlsChannelRules.trust(spec));
        return findings;
    }

    List<Finding> cipherFindings() {
        return TlsChannelRules.cipherSpecs(model.spec());
    }

    List<Finding> channelFindings() {
        return TlsChannelRules.channel(model.spec());
    }

    List<Finding> chlauthFindings() {
        return TlsChannelRules.chlauth(model.spec());
    }

    List<Finding> allFindings() {
        return TlsChannelRules.check(model.spec());
    }

    /**
     * Where and with which password: the folder must exist, the password be given twice alike. What
     * is on disk is as {@code files} last saw it; nothing is said of the folder while it is not known.
     */
    List<Finding> outputFindings(PathFacts files) {
        List<Finding> findings = new ArrayList<>();
        if (model.folder.isBlank() || files.notAFolder(Path.of(model.folder))) {
            findings.add(Finding.error(Messages.bind(Messages.Tls_noFolder, model.folder), Messages.Tls_noFolderFix));
        } else if (files.exists(Path.of(model.folder).resolve(TlsChannelArtefacts.SERVER_FOLDER))) {
            findings.add(Finding.warning(Messages.Tls_folderUsed, Messages.Tls_folderUsedFix));
        }
        if (model.password.length == 0) {
            findings.add(Finding.error(Messages.Tls_noPassword, Messages.Tls_noPasswordFix));
        } else if (!Arrays.equals(model.password, model.confirmation)) {
            findings.add(Finding.error(Messages.Tls_passwordsDiffer, Messages.Tls_passwordsDifferFix));
        }
        return findings;
    }

    /**
     * Every rendering, by the name of the file Finish writes it to; always the same names, with a note
     * in place of the runmqakm script when Finish writes none (an existing certificate, an unknown key).
     */
    Map<String, String> renderings() {
        try {
            return renderings(model.spec());
        } catch (IllegalArgumentException e) { // RefusedValueException, or a RACF value the job cannot hold
            // a value the findings already call an error: show why instead of a script that would not run
            Map<String, String> texts = new LinkedHashMap<>();
            for (String file : RENDERED_FILES) {
                texts.put(file, Messages.bind(Messages.Review_notRendered, e.getMessage()));
            }
            return texts;
        }
    }

    private static final List<String> RENDERED_FILES = List.of("server/qmgr.mqsc", "server/runmqakm.sh", "server/racf.jcl", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "client/" + TlsChannelPlan.CCDT, "client/mqclient.ini", "client/jms.properties"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private Map<String, String> renderings(TlsChannelSpec spec) {
        boolean zos = spec.platform() == QueueManagerPlatform.ZOS;
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(RENDERED_FILES.get(0), TlsChannelPlan.mqsc(spec));
        texts.put(RENDERED_FILES.get(1), zos ? Messages.Review_noRunmqakmZos
                : spec.existingServerCertificate() ? Messages.Review_noRunmqakmExisting
                : KeyAlgorithm.fromId(spec.serverKey())
                        .map(key -> TlsChannelArtefacts.runmqakm(spec, key, TlsChannelSpec.LOCAL_CA.equals(spec.serverSigner())))
                        .orElse(Messages.Review_noRunmqakmKey));
        texts.put(RENDERED_FILES.get(2), zos ? TlsChannelArtefacts.racfJob(spec, model.jobCard) : Messages.Review_noRacfJob);
        texts.put(RENDERED_FILES.get(3), TlsChannelArtefacts.ccdt(spec));
        texts.put(RENDERED_FILES.get(4), TlsChannelPlan.mqclientIni(spec));
        texts.put(RENDERED_FILES.get(5), TlsChannelPlan.javaProperties(spec));
        return texts;
    }

    /** Writes both ends; called from the Finish Job with a copy of the password it then clears. */
    TlsChannelArtefacts.Outcome write(char[] password) throws KeyRepositoryException {
        return TlsChannelArtefacts.write(model.spec(), model.existingServer, model.existingClient, Path.of(model.folder), password,
                new SecureRandom(), model.jobCard);
    }
}
