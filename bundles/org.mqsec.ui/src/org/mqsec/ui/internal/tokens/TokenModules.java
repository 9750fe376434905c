package org.mqsec.ui.internal.tokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.Pkcs11Module;
import org.mqsec.crypto.pkcs11.Pkcs11Modules;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenInfoView;
import org.mqsec.ui.internal.KeyRepositoryWork;

/**
 * The PKCS#11 modules the workbench shows (those in the modules file mqsec shares, then the usual
 * ones installed here), each loaded with its slots or the reason it could not be, for the Tokens
 * view and the security navigator. Loads libraries and calls PKCS#11: run it in a Job.
 */
public final class TokenModules {

    /** What loading every module gave: each module's slots, or why it could not be loaded; and which came from the file. */
    public record Loaded(Map<Pkcs11Module, List<TokenInfoView>> slots, Map<Pkcs11Module, String> problems, List<Pkcs11Module> configured) {

        /** The tokens present and initialised that each module's filter shows. */
        public Map<Pkcs11Module, List<TokenInfoView>> tokens() {
            Map<Pkcs11Module, List<TokenInfoView>> tokens = new LinkedHashMap<>();
            slots.forEach((module, list) -> tokens.put(module,
                    list.stream().filter(slot -> slot.present() && slot.initialized() && module.shows(slot.label())).toList()));
            return tokens;
        }
    }

    private TokenModules() {
    }

    /** The modules of the shared modules file (those configured, not detected). Reads a file: call it in a Job. */
    public static List<Pkcs11Module> configured() throws KeyRepositoryException {
        return Pkcs11Modules.read(Pkcs11Modules.defaultFile());
    }

    /** Writes the modules file mqsec shares, atomically. Writes a file: call it in a Job. */
    public static void save(List<Pkcs11Module> modules) throws KeyRepositoryException {
        java.nio.file.Path file = Pkcs11Modules.defaultFile();
        try {
            org.mqsec.crypto.internal.keystore.AtomicFiles.writeMakingFolder(file,
                    Pkcs11Modules.write(modules).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                    Messages.bind(Messages.View_modulesNotWritten, file, e.getMessage()), ""); //$NON-NLS-1$
        }
    }

    public static Loaded load() throws KeyRepositoryException {
        List<Pkcs11Module> all = new ArrayList<>(configured());
        List<Pkcs11Module> fromFile = List.copyOf(all);
        Pkcs11Module.detected().stream().filter(d -> all.stream().noneMatch(m -> m.library().equals(d.library()))).forEach(all::add);
        Map<Pkcs11Module, List<TokenInfoView>> slots = new LinkedHashMap<>();
        Map<Pkcs11Module, String> problems = new LinkedHashMap<>();
        for (Pkcs11Module each : all) {
            try {
                slots.put(each, TokenBrowser.slots(each.library()));
            } catch (KeyRepositoryException e) {
                problems.put(each, KeyRepositoryWork.inWords(e));
            }
        }
        return new Loaded(slots, problems, fromFile);
    }
}
