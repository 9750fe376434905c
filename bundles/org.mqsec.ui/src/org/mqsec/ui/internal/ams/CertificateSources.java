package org.mqsec.ui.internal.ams;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.mqsec.crypto.certificates.CertificateNames;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenObject;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditor;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditors;
import org.mqsec.ui.internal.tokens.TokensView;

/**
 * The certificates the user has open in the workbench, for the DN picker: every key repository
 * editor that has loaded (PKCS#12, JKS, PEM and CMS databases alike) and the token last read in the
 * PKCS#11 Tokens view. Only what is already in memory is read: no file or token work here.
 */
final class CertificateSources {

    /**
     * A certificate to pick, with its subject as an AMS policy DN.
     *
     * @param where the repository or token it is in
     * @param label its label there
     * @param own   whether the entry holds the private key too (an identity, not only a trusted certificate)
     */
    record Candidate(String dn, String where, String label, X509Certificate certificate, boolean own) {
    }

    private CertificateSources() {
    }

    /** Call on the UI thread. */
    static List<Candidate> open(IWorkbenchPage page) {
        List<Candidate> candidates = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (!KeyRepositoryEditors.EDITOR_ID.equals(reference.getId())) {
                continue;
            }
            IEditorPart part = reference.getEditor(false);
            if (part instanceof KeyRepositoryEditor editor && editor.repository() != null) {
                KeyRepository repository = editor.repository();
                for (KeyRepositoryEntry entry : repository.entries()) {
                    entry.certificate().ifPresent(certificate -> candidates.add(candidate(certificate, editor.location().name(),
                            entry.alias(), entry.kind() == EntryKind.PERSONAL)));
                }
            }
        }
        IViewPart view = page.findView(TokensView.ID);
        if (view instanceof TokensView tokens && tokens.contents() != null) {
            TokenBrowser.Contents contents = tokens.contents();
            for (TokenObject object : contents.objects()) {
                if (object.certificate() != null) {
                    boolean own = contents.objects().stream().anyMatch(o -> o.kind() == TokenObject.Kind.PRIVATE_KEY && o.id().equals(object.id()));
                    candidates.add(candidate(object.certificate(), Messages.bind(Messages.Picker_token, contents.token().label()),
                            object.label(), own));
                }
            }
        }
        return candidates;
    }

    private static Candidate candidate(X509Certificate certificate, String where, String label, boolean own) {
        return new Candidate(CertificateNames.amsPolicyDn(certificate.getSubjectX500Principal()), where, label, certificate, own);
    }
}
