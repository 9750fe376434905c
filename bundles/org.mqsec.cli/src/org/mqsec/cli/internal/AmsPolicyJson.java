package org.mqsec.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.findings.Finding;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * An AMS policy as mqsec prints it ({@code ams parse --json}) and reads it back ({@code ams check}
 * side files): name, algorithms, signers, recipients, toleration, key reuse.
 */
final class AmsPolicyJson {

    private AmsPolicyJson() {
    }

    static JsonObject write(AmsPolicy policy, List<Finding> findings) {
        JsonObject entry = new JsonObject();
        entry.addProperty("name", policy.name()); //$NON-NLS-1$
        entry.addProperty("protection", policy.protection().name()); //$NON-NLS-1$
        entry.addProperty("signatureAlgorithm", policy.signature().keyword()); //$NON-NLS-1$
        entry.addProperty("encryptionAlgorithm", policy.encryption().keyword()); //$NON-NLS-1$
        JsonArray signers = new JsonArray();
        policy.signers().forEach(signers::add);
        entry.add("signers", signers); //$NON-NLS-1$
        JsonArray recipients = new JsonArray();
        policy.recipients().forEach(recipients::add);
        entry.add("recipients", recipients); //$NON-NLS-1$
        entry.addProperty("tolerate", policy.tolerate()); //$NON-NLS-1$
        entry.addProperty("keyReuse", policy.keyReuseKeyword()); //$NON-NLS-1$
        JsonArray findingsJson = new JsonArray();
        findings.forEach(f -> findingsJson.add(PlanOutput.finding(f)));
        entry.add("findings", findingsJson); //$NON-NLS-1$
        return entry;
    }

    /**
     * @throws IllegalArgumentException for an algorithm or key reuse AMS does not take, or a field of the wrong kind
     */
    static AmsPolicy read(JsonObject policy) {
        try {
            return AmsPolicy.of(text(policy, "name", ""), Map.of("SIGNALG", List.of(text(policy, "signatureAlgorithm", "NONE")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    "ENCALG", List.of(text(policy, "encryptionAlgorithm", "NONE")), "SIGNER", list(policy, "signers"), "RECIP", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    list(policy, "recipients"), "ENFORCE", //$NON-NLS-1$ //$NON-NLS-2$
                    List.of(policy.has("tolerate") && policy.get("tolerate").getAsBoolean() ? "TOLERATE" : "ENFORCE"), "KEYREUSE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    List.of(text(policy, "keyReuse", "DISABLED")))); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalStateException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String text(JsonObject object, String key, String otherwise) {
        return object.has(key) && object.get(key).isJsonPrimitive() ? object.get(key).getAsString() : otherwise;
    }

    private static List<String> list(JsonObject object, String key) {
        List<String> values = new ArrayList<>();
        if (object.has(key) && object.get(key).isJsonArray()) {
            for (JsonElement element : object.getAsJsonArray(key)) {
                values.add(element.getAsString());
            }
        }
        return values;
    }
}
