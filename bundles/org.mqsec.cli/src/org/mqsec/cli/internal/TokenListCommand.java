package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.Pkcs11Module;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenEntry;
import org.mqsec.crypto.pkcs11.TokenInfoView;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec token list --module M}: the library's slots and tokens with their flags; with
 * {@code --token} or {@code --slot}, what is on the token: every object (not only what Java's
 * KeyStore shows), paired by CKA_ID, the entries Java would hide marked. With a PIN source the user
 * logs in and private objects are listed too.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TokenListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TokenOptions token;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws KeyRepositoryException {
        PrintWriter out = spec.commandLine().getOut();
        if (!token.namesToken()) {
            Pkcs11Module module = token.chosenModule();
            List<TokenInfoView> slots = TokenBrowser.slots(module.library());
            if (json) {
                JsonArray array = new JsonArray();
                slots.stream().filter(TokenInfoView::present).forEach(s -> array.add(TokenJson.token(s)));
                JsonObject root = new JsonObject();
                root.addProperty("library", module.library()); //$NON-NLS-1$
                root.add("tokens", array); //$NON-NLS-1$
                out.println(JsonOutput.text(root));
            } else {
                for (TokenInfoView slot : slots) {
                    out.println(!slot.present() ? Messages.bind(Messages.Token_emptySlot, slot.slotId())
                            : !slot.initialized() ? Messages.bind(Messages.Token_uninitialised, slot.slotId()) : TokenJson.line(slot));
                }
            }
            return Mqsec.OK;
        }
        TokenBrowser.Contents contents = token.read(spec, false);
        if (json) {
            JsonObject root = new JsonObject();
            root.add("token", TokenJson.token(contents.token())); //$NON-NLS-1$
            root.addProperty("loggedIn", contents.loggedIn()); //$NON-NLS-1$
            JsonArray objects = new JsonArray();
            contents.objects().forEach(o -> objects.add(TokenJson.object(o)));
            root.add("objects", objects); //$NON-NLS-1$
            JsonArray entries = new JsonArray();
            contents.entries().forEach(e -> entries.add(TokenJson.entry(e)));
            root.add("entries", entries); //$NON-NLS-1$
            JsonOutput.print(root, out);
            return Mqsec.OK;
        }
        out.println(TokenJson.line(contents.token()));
        if (!contents.loggedIn()) {
            out.println(Messages.Token_publicOnly);
        }
        String[] header = { "KIND", "LABEL", "ID", "KEY", "CERTIFICATE", "JAVA KEYSTORE" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        List<String[]> rows = new ArrayList<>();
        for (TokenEntry entry : contents.entries()) {
            rows.add(new String[] { entry.kind().name(), entry.label(), entry.id(), entry.keyDescription(), entry.certificateSubject(),
                    entry.visibleToJavaKeyStore() ? Messages.Token_visible : Messages.Token_hidden });
        }
        out.print(TextTable.of(header, rows));
        return Mqsec.OK;
    }
}
