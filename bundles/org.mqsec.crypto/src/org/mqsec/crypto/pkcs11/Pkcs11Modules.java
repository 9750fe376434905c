package org.mqsec.crypto.pkcs11;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mqsec.core.config.SettingsFiles;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The PKCS#11 modules an administrator configured ({"modules": [{"name", "library", "tokenFilter"}]},
 * the file mqsec reads; the workbench keeps the same list in its preferences), and choosing one by
 * name or path.
 */
public final class Pkcs11Modules {

    /** The system property that moves the modules file (tests, several installations). */
    public static final String FILE_PROPERTY = "mqsec.pkcs11.modules"; //$NON-NLS-1$

    private Pkcs11Modules() {
    }

    /** {@value #FILE_PROPERTY}, else $XDG_CONFIG_HOME/mqsec/pkcs11-modules.json (~/.config by default). */
    public static Path defaultFile() {
        return SettingsFiles.file(FILE_PROPERTY, "pkcs11-modules.json"); //$NON-NLS-1$
    }

    /** The configured modules; none when the file does not exist. */
    public static List<Pkcs11Module> read(Path file) throws KeyRepositoryException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new KeyRepositoryException(Problem.UNREADABLE, Messages.bind(Messages.Token_modulesUnreadable, file, e.getMessage()), ""); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new KeyRepositoryException(Problem.CORRUPT, Messages.bind(Messages.Token_modulesUnreadable, file, e.getMessage()),
                    Messages.Token_modulesFix);
        }
    }

    static List<Pkcs11Module> parse(String text) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("modules") || !root.getAsJsonObject().get("modules").isJsonArray()) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException(Messages.Token_modulesNoList);
        }
        List<Pkcs11Module> modules = new ArrayList<>();
        for (JsonElement element : root.getAsJsonObject().getAsJsonArray("modules")) { //$NON-NLS-1$
            if (!element.isJsonObject()) {
                throw new IllegalArgumentException(Messages.Token_modulesNoList);
            }
            JsonObject module = element.getAsJsonObject();
            modules.add(new Pkcs11Module(text(module, "name"), text(module, "library"), text(module, "tokenFilter"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return modules;
    }

    private static String text(JsonObject json, String member) {
        JsonElement value = json.get(member);
        if (value == null || value.isJsonNull()) {
            return ""; //$NON-NLS-1$
        }
        if (!value.isJsonPrimitive()) {
            throw new IllegalArgumentException(Messages.bind(Messages.Token_modulesNotText, member));
        }
        return value.getAsString();
    }

    public static String write(List<Pkcs11Module> modules) {
        JsonArray array = new JsonArray();
        for (Pkcs11Module module : modules) {
            JsonObject json = new JsonObject();
            json.addProperty("name", module.name()); //$NON-NLS-1$
            json.addProperty("library", module.library()); //$NON-NLS-1$
            json.addProperty("tokenFilter", module.tokenFilter()); //$NON-NLS-1$
            array.add(json);
        }
        JsonObject root = new JsonObject();
        root.add("modules", array); //$NON-NLS-1$
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n"; //$NON-NLS-1$
    }

    /**
     * The library a user named: a path (it has a slash), or the name of a configured module, or of a
     * usual one installed here (case does not matter).
     */
    public static Pkcs11Module choose(String nameOrPath, List<Pkcs11Module> configured) throws KeyRepositoryException {
        if (nameOrPath.contains("/")) { //$NON-NLS-1$
            return new Pkcs11Module(nameOrPath, nameOrPath, ""); //$NON-NLS-1$
        }
        List<Pkcs11Module> candidates = new ArrayList<>(configured);
        candidates.addAll(Pkcs11Module.detected());
        String wanted = nameOrPath.toLowerCase(Locale.ROOT);
        for (Pkcs11Module module : candidates) {
            if (module.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return module;
            }
        }
        List<String> names = candidates.stream().map(Pkcs11Module::name).distinct().toList();
        throw new KeyRepositoryException(Problem.NOT_FOUND, Messages.bind(Messages.Token_noSuchModule, nameOrPath),
                names.isEmpty() ? Messages.Token_noModulesFix : Messages.bind(Messages.Token_modulesKnown, String.join(", ", names))); //$NON-NLS-1$
    }
}
