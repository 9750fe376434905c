package org.mqsec.qmgr.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mqsec.core.config.SettingsFiles;
import org.mqsec.qmgr.internal.QmgrMessages;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The connection profiles file the workbench and mqsec share ({@code {"profiles": [...]}}, no
 * passwords in it), and profiles made from the client-connection channels of a JSON CCDT.
 */
public final class ConnectionProfiles {

    /** The system property that moves the profiles file (tests, several installations). */
    public static final String FILE_PROPERTY = "mqsec.profiles"; //$NON-NLS-1$

    private static final String PROFILES = "profiles"; //$NON-NLS-1$
    private static final String NAME = "name"; //$NON-NLS-1$
    private static final String CONNECTIONS = "connections"; //$NON-NLS-1$
    private static final String CHANNEL = "channel"; //$NON-NLS-1$
    private static final String QUEUE_MANAGER = "queueManager"; //$NON-NLS-1$
    private static final String CIPHER_SPEC = "cipherSpec"; //$NON-NLS-1$
    private static final String KEY_STORE = "keyStore"; //$NON-NLS-1$
    private static final String TRUST_STORE = "trustStore"; //$NON-NLS-1$
    private static final String USER_ID = "userId"; //$NON-NLS-1$
    private static final String MODEL_QUEUE = "modelQueue"; //$NON-NLS-1$
    private static final String TIMEOUT = "timeoutSeconds"; //$NON-NLS-1$

    /** The file is not JSON, or not profiles; the message says where and what. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    private ConnectionProfiles() {
    }

    /** $XDG_CONFIG_HOME/mqsec/profiles.json, or the file {@link #FILE_PROPERTY} names. */
    public static Path defaultFile() {
        return SettingsFiles.file(FILE_PROPERTY, "profiles.json"); //$NON-NLS-1$
    }

    public static List<ConnectionProfile> read(String json) throws UnreadableException {
        JsonObject root = object(parse(json), QmgrMessages.Profiles_file);
        List<ConnectionProfile> profiles = new ArrayList<>();
        for (JsonElement element : list(root, PROFILES, QmgrMessages.Profiles_file)) {
            String where = NLS.bind(QmgrMessages.Profiles_where, profiles.size() + 1);
            JsonObject profile = object(element, where);
            String name = required(profile, NAME, where);
            where = NLS.bind(QmgrMessages.Profiles_where, name);
            List<String> connections = new ArrayList<>();
            if (profile.has(CONNECTIONS)) {
                for (JsonElement connection : list(profile, CONNECTIONS, where)) {
                    connections.add(text(connection, where, CONNECTIONS));
                }
            }
            profiles.add(new ConnectionProfile(name, connections, optional(profile, CHANNEL, where), optional(profile, QUEUE_MANAGER, where),
                    optional(profile, CIPHER_SPEC, where), optional(profile, KEY_STORE, where), optional(profile, TRUST_STORE, where),
                    optional(profile, USER_ID, where), optional(profile, MODEL_QUEUE, where), number(profile, TIMEOUT, where, 0)));
        }
        return profiles;
    }

    /** Every field of every profile, so that the file shows what can be set. */
    public static String write(List<ConnectionProfile> profiles) {
        JsonArray array = new JsonArray();
        for (ConnectionProfile profile : profiles) {
            JsonObject entry = new JsonObject();
            entry.addProperty(NAME, profile.name());
            JsonArray connections = new JsonArray();
            profile.connections().forEach(connections::add);
            entry.add(CONNECTIONS, connections);
            entry.addProperty(CHANNEL, profile.channel());
            entry.addProperty(QUEUE_MANAGER, profile.queueManager());
            entry.addProperty(CIPHER_SPEC, profile.cipherSpec());
            entry.addProperty(KEY_STORE, profile.keyStore());
            entry.addProperty(TRUST_STORE, profile.trustStore());
            entry.addProperty(USER_ID, profile.userId());
            entry.addProperty(MODEL_QUEUE, profile.modelQueue());
            entry.addProperty(TIMEOUT, profile.timeoutSeconds());
            array.add(entry);
        }
        JsonObject root = new JsonObject();
        root.add(PROFILES, array);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + '\n';
    }

    /**
     * A profile per client-connection channel of a JSON CCDT (other channel types are skipped),
     * named "QM CHANNEL": its connection names, queue manager and CipherSpec.
     */
    public static List<ConnectionProfile> fromCcdt(String json) throws UnreadableException {
        JsonObject root = object(parse(json), QmgrMessages.Profiles_ccdt);
        List<ConnectionProfile> profiles = new ArrayList<>();
        int number = 0;
        for (JsonElement element : list(root, CHANNEL, QmgrMessages.Profiles_ccdt)) {
            number++;
            String where = NLS.bind(QmgrMessages.Profiles_ccdtWhere, number);
            JsonObject channel = object(element, where);
            String name = required(channel, NAME, where);
            where = NLS.bind(QmgrMessages.Profiles_ccdtWhere, name);
            if (!"clientConnection".equals(required(channel, "type", where))) { //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            JsonObject client = channel.has("clientConnection") ? object(channel.get("clientConnection"), where) : new JsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> connections = new ArrayList<>();
            if (client.has("connection")) { //$NON-NLS-1$
                for (JsonElement connection : list(client, "connection", where)) { //$NON-NLS-1$
                    JsonObject address = object(connection, where);
                    connections.add(required(address, "host", where) + '(' + number(address, "port", where, ConnectionProfile.DEFAULT_PORT) + ')'); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            String queueManager = optional(client, QUEUE_MANAGER, where);
            JsonObject security = channel.has("transmissionSecurity") ? object(channel.get("transmissionSecurity"), where) : new JsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
            String cipherSpec = optional(security, "cipherSpecification", where); //$NON-NLS-1$
            String profileName = queueManager.isEmpty() ? name : queueManager + ' ' + name;
            profiles.add(new ConnectionProfile(profileName, connections, name, queueManager, cipherSpec, "", "", "", "", 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return profiles;
    }

    private static JsonElement parse(String json) throws UnreadableException {
        try {
            return JsonParser.parseString(json);
        } catch (JsonParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UnreadableException(NLS.bind(QmgrMessages.Profiles_notJson, cause.getMessage()));
        }
    }

    private static JsonObject object(JsonElement element, String where) throws UnreadableException {
        if (element == null || !element.isJsonObject()) {
            throw new UnreadableException(NLS.bind(QmgrMessages.Profiles_notObject, where));
        }
        return element.getAsJsonObject();
    }

    private static JsonArray list(JsonObject object, String key, String where) throws UnreadableException {
        if (!object.has(key)) {
            throw new UnreadableException(NLS.bind(QmgrMessages.Profiles_noList, key));
        }
        if (!object.get(key).isJsonArray()) {
            throw new UnreadableException(NLS.bind(QmgrMessages.Profiles_notList, where, key));
        }
        return object.getAsJsonArray(key);
    }

    private static String required(JsonObject object, String key, String where) throws UnreadableException {
        if (!object.has(key) || object.get(key).isJsonNull()) {
            throw new UnreadableException(NLS.bind(QmgrMessages.Profiles_missing, where, key));
        }
        return text(object.get(key), where, key);
    }

    private static String optional(JsonObject object, String key, String where) throws UnreadableException {
        return !object.has(key) || object.get(key).isJsonNull() ? "" : text(object.get(key), where, key); //$NON-NLS-1$
    }

    private static String text(JsonElement element, String where, String key) throws UnreadableException {
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw new UnreadableException(NLS.bind(QmgrMessages.Profiles_notText, where, key));
        }
        return element.getAsString();
    }

    private static int number(JsonObject object, String key, String where, int otherwise) throws UnreadableException {
        if (!object.has(key) || object.get(key).isJsonNull()) {
            return otherwise;
        }
        JsonElement element = object.get(key);
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            throw new UnreadableException(NLS.bind(QmgrMessages.Profiles_notNumber, where, key));
        }
        try {
            return element.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
        } catch (ArithmeticException e) {
            throw new UnreadableException(NLS.bind(QmgrMessages.Profiles_notNumber, where, key));
        }
    }
}
