package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.Pkcs11Module;
import org.mqsec.crypto.pkcs11.Pkcs11Modules;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenInfoView;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec token modules}: the configured PKCS#11 modules and the usual ones installed here, each
 * loaded: its tokens, or why it does not load (missing file, not a PKCS#11 library, C_Initialize error).
 */
@Command(name = "modules", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TokenModulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--modules", paramLabel = "FILE", descriptionKey = "modules")
    Path modules;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws KeyRepositoryException {
        List<Pkcs11Module> all = new ArrayList<>(Pkcs11Modules.read(modules != null ? modules : Pkcs11Modules.defaultFile()));
        for (Pkcs11Module detected : Pkcs11Module.detected()) {
            if (all.stream().noneMatch(m -> m.library().equals(detected.library()))) {
                all.add(detected);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        JsonArray array = new JsonArray();
        boolean failed = false;
        for (Pkcs11Module module : all) {
            JsonObject entry = new JsonObject();
            entry.addProperty("name", module.name()); //$NON-NLS-1$
            entry.addProperty("library", module.library()); //$NON-NLS-1$
            try {
                List<TokenInfoView> slots = TokenBrowser.slots(module.library());
                JsonArray tokens = new JsonArray();
                slots.stream().filter(s -> s.present() && s.initialized() && module.shows(s.label())).forEach(s -> tokens.add(TokenJson.token(s)));
                entry.add("tokens", tokens); //$NON-NLS-1$
                if (!json) {
                    out.println(Messages.bind(Messages.Token_moduleLine, new Object[] { module.name(), module.library(), tokens.size() }));
                    slots.stream().filter(s -> s.present() && s.initialized() && module.shows(s.label()))
                            .forEach(s -> out.println("  " + TokenJson.line(s))); //$NON-NLS-1$
                }
            } catch (KeyRepositoryException e) {
                failed = true;
                entry.addProperty("problem", e.getMessage()); //$NON-NLS-1$
                if (!json) {
                    out.println(Messages.bind(Messages.Token_moduleFailed, new Object[] { module.name(), module.library(), e.getMessage() }));
                }
            }
            array.add(entry);
        }
        if (json) {
            JsonObject root = new JsonObject();
            root.add("modules", array); //$NON-NLS-1$
            out.println(JsonOutput.text(root));
        } else if (all.isEmpty()) {
            out.println(Messages.Token_noModules);
        }
        return failed ? Mqsec.FAILED : Mqsec.OK;
    }
}
