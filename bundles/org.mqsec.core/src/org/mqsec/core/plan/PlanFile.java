package org.mqsec.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.tls.QueueManagerPlatform;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Plans as JSON files ({@code plan.json}), which {@code mqsec tls plan} and {@code mqsec chlauth plan}
 * write and {@code mqsec plan diff|render|apply} read. A CHLAUTH step holds its record as the SET
 * CHLAUTH command, so it is read by the same parser as any script. Key repository steps keep their
 * description and commands; they run where the repository is.
 */
public final class PlanFile {

    public static final String FORMAT = "mqsec-plan/1"; //$NON-NLS-1$

    private PlanFile() {
    }

    /** A plan file that cannot be read, with what is wrong and where. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnreadableException(String message) {
            super(message);
        }
    }

    public static String write(Plan plan) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT); //$NON-NLS-1$
        root.addProperty("queueManager", plan.queueManager()); //$NON-NLS-1$
        root.addProperty("platform", plan.platform().name()); //$NON-NLS-1$
        JsonArray steps = new JsonArray();
        for (PlanStep step : plan.steps()) {
            JsonObject json = new JsonObject();
            if (step instanceof AlterQueueManager qmgr) {
                json.addProperty("type", "alter-qmgr"); //$NON-NLS-1$ //$NON-NLS-2$
                json.add("attributes", attributes(qmgr.attributes())); //$NON-NLS-1$
            } else if (step instanceof ChannelStep channel) {
                json.addProperty("type", "channel"); //$NON-NLS-1$ //$NON-NLS-2$
                json.addProperty("mode", channel.mode().name()); //$NON-NLS-1$
                json.addProperty("name", channel.name()); //$NON-NLS-1$
                json.addProperty("channelType", channel.channelType()); //$NON-NLS-1$
                json.add("attributes", attributes(channel.attributes())); //$NON-NLS-1$
            } else if (step instanceof ChlauthStep chlauth) {
                json.addProperty("type", "chlauth"); //$NON-NLS-1$ //$NON-NLS-2$
                json.addProperty("action", chlauth.action().name()); //$NON-NLS-1$
                json.addProperty("record", chlauth.record().toMqsc().toString()); //$NON-NLS-1$
            } else if (step instanceof PolicyStep policy) {
                json.addProperty("type", "policy"); //$NON-NLS-1$ //$NON-NLS-2$
                json.addProperty("mode", policy.mode().name()); //$NON-NLS-1$
                json.addProperty("name", policy.name()); //$NON-NLS-1$
                json.add("attributes", attributes(policy.attributes())); //$NON-NLS-1$
            } else if (step instanceof RefreshSecurity refresh) {
                json.addProperty("type", "refresh-security"); //$NON-NLS-1$ //$NON-NLS-2$
                json.addProperty("securityType", refresh.type()); //$NON-NLS-1$
            } else if (step instanceof KeyRepositoryStep key) {
                json.addProperty("type", "key-repository"); //$NON-NLS-1$ //$NON-NLS-2$
                json.addProperty("description", key.description()); //$NON-NLS-1$
                json.addProperty("file", key.file()); //$NON-NLS-1$
                JsonArray commands = new JsonArray();
                key.commands().forEach(commands::add);
                json.add("commands", commands); //$NON-NLS-1$
            } else if (step instanceof KeyRingStep ring) {
                json.addProperty("type", "key-ring"); //$NON-NLS-1$ //$NON-NLS-2$
                json.add("racdcert", new com.google.gson.Gson().toJsonTree(ring.command())); //$NON-NLS-1$
            }
            steps.add(json);
        }
        root.add("steps", steps); //$NON-NLS-1$
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n"; //$NON-NLS-1$
    }

    /** Attributes as a plan file writes them: KEYWORD: value, or a list for several values. */
    public static JsonObject attributes(Map<String, List<String>> attributes) {
        JsonObject json = new JsonObject();
        attributes.forEach((keyword, values) -> {
            if (values.size() == 1) {
                json.addProperty(keyword, values.get(0));
            } else {
                JsonArray array = new JsonArray();
                values.forEach(array::add);
                json.add(keyword, array);
            }
        });
        return json;
    }

    public static Plan read(String text) throws UnreadableException {
        JsonObject root;
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                throw new UnreadableException(PlanMessages.PlanFile_notObject);
            }
            root = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_notJson, e.getMessage()));
        }
        if (root.has("format") && !FORMAT.equals(string(root, "format", "plan"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_format, string(root, "format", "plan"), FORMAT)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!root.has("steps") || !root.get("steps").isJsonArray()) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UnreadableException(PlanMessages.PlanFile_noSteps);
        }
        QueueManagerPlatform platform;
        try {
            platform = QueueManagerPlatform.valueOf(root.has("platform") ? string(root, "platform", "plan").toUpperCase(Locale.ROOT) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : "MULTIPLATFORMS"); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new UnreadableException(PlanMessages.PlanFile_platform);
        }
        List<PlanStep> steps = new ArrayList<>();
        int number = 0;
        for (JsonElement element : root.getAsJsonArray("steps")) { //$NON-NLS-1$
            number++;
            String where = NLS.bind(PlanMessages.PlanFile_step, number);
            if (!element.isJsonObject()) {
                throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_stepNotObject, where));
            }
            steps.add(step(element.getAsJsonObject(), where));
        }
        return new Plan(root.has("queueManager") ? string(root, "queueManager", "plan") : "", platform, steps); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static PlanStep step(JsonObject json, String where) throws UnreadableException {
        String type = string(json, "type", where); //$NON-NLS-1$
        try {
            switch (type) {
                case "alter-qmgr": //$NON-NLS-1$
                    return new AlterQueueManager(attributes(json, where));
                case "channel": //$NON-NLS-1$
                    return new ChannelStep(ChannelStep.Mode.valueOf(string(json, "mode", where).toUpperCase(Locale.ROOT)), //$NON-NLS-1$
                            string(json, "name", where), string(json, "channelType", where), attributes(json, where)); //$NON-NLS-1$ //$NON-NLS-2$
                case "chlauth": //$NON-NLS-1$
                    return new ChlauthStep(ChlauthAction.valueOf(string(json, "action", where).toUpperCase(Locale.ROOT)), //$NON-NLS-1$
                            record(string(json, "record", where), where)); //$NON-NLS-1$
                case "policy": //$NON-NLS-1$
                    return new PolicyStep(PolicyStep.Mode.valueOf(string(json, "mode", where).toUpperCase(Locale.ROOT)), //$NON-NLS-1$
                            string(json, "name", where), json.has("attributes") ? attributes(json, where) : Map.of()); //$NON-NLS-1$ //$NON-NLS-2$
                case "refresh-security": //$NON-NLS-1$
                    return new RefreshSecurity(string(json, "securityType", where)); //$NON-NLS-1$
                case "key-repository": //$NON-NLS-1$
                    List<String> commands = new ArrayList<>();
                    if (json.has("commands") && json.get("commands").isJsonArray()) { //$NON-NLS-1$ //$NON-NLS-2$
                        json.getAsJsonArray("commands").forEach(c -> commands.add(c.getAsString())); //$NON-NLS-1$
                    }
                    return new KeyRepositoryStep(string(json, "description", where), //$NON-NLS-1$
                            json.has("file") ? string(json, "file", where) : "", commands, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case "key-ring": //$NON-NLS-1$
                    if (!json.has("racdcert") || !json.get("racdcert").isJsonObject()) { //$NON-NLS-1$ //$NON-NLS-2$
                        throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_racdcert, where));
                    }
                    org.mqsec.core.zos.KeyRingCommand command = new com.google.gson.Gson().fromJson(json.get("racdcert"), //$NON-NLS-1$
                            org.mqsec.core.zos.KeyRingCommand.class);
                    if (command.action() == null) {
                        throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_racdcert, where));
                    }
                    return new KeyRingStep(command);
                default:
                    throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_type, where, type));
            }
        } catch (JsonParseException e) {
            throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_racdcert, where));
        } catch (IllegalArgumentException e) {
            throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_mode, where));
        }
    }

    private static ChlauthRecord record(String mqsc, String where) throws UnreadableException {
        ChlauthRecordSet set = ChlauthRecordSet.read(mqsc);
        if (set.records().size() != 1 || !set.unreadable().isEmpty()) {
            throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_record, where,
                    set.unreadable().isEmpty() ? "" : set.unreadable().get(0).message())); //$NON-NLS-1$
        }
        return set.records().get(0);
    }

    private static Map<String, List<String>> attributes(JsonObject json, String where) throws UnreadableException {
        if (!json.has("attributes") || !json.get("attributes").isJsonObject()) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_attributes, where));
        }
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject("attributes").entrySet()) { //$NON-NLS-1$
            JsonElement value = entry.getValue();
            List<String> values = new ArrayList<>();
            if (value.isJsonArray()) {
                for (JsonElement item : value.getAsJsonArray()) {
                    values.add(primitive(item, where, entry.getKey()));
                }
            } else {
                values.add(primitive(value, where, entry.getKey()));
            }
            attributes.put(entry.getKey().toUpperCase(Locale.ROOT), values);
        }
        return attributes;
    }

    private static String primitive(JsonElement value, String where, String keyword) throws UnreadableException {
        if (!value.isJsonPrimitive()) {
            throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_value, where, keyword));
        }
        return value.getAsString();
    }

    private static String string(JsonObject json, String field, String where) throws UnreadableException {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonPrimitive()) {
            throw new UnreadableException(NLS.bind(PlanMessages.PlanFile_field, where, field));
        }
        return value.getAsString();
    }
}
