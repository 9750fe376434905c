package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mqsec.cli.Mqsec;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code mqsec ciphers}: the catalogue as a table and as the JSON the issue names. */
class CipherCommandsTest {

    @Test
    void jsonListsEveryCipherSpecWithTheFieldsScriptsNeed() {
        CommandRun run = mqsec("ciphers", "--json"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.OK, run.code(), run.err());
        Map<String, JsonObject> byName = new HashMap<>();
        for (JsonElement element : JsonParser.parseString(run.out()).getAsJsonArray()) {
            JsonObject spec = element.getAsJsonObject();
            for (String field : new String[] { "name", "protocol", "keyType", "javaCipherSuite", "fips", "suiteB", "deprecated" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                assertTrue(spec.has(field), field + " in " + spec); //$NON-NLS-1$
            }
            byName.put(spec.get("name").getAsString(), spec); //$NON-NLS-1$
        }
        JsonObject suiteB = byName.get("ECDHE_ECDSA_AES_256_GCM_SHA384"); //$NON-NLS-1$
        assertEquals("EC", suiteB.get("keyType").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", suiteB.get("javaCipherSuite").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(192, suiteB.get("suiteB").getAsInt()); //$NON-NLS-1$
        assertTrue(suiteB.get("fips").getAsBoolean()); //$NON-NLS-1$
        JsonObject any = byName.get("ANY_TLS12_OR_HIGHER"); //$NON-NLS-1$
        assertEquals("*TLS12ORHIGHER", any.get("javaCipherSuite").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(any.get("minimumProtocol").getAsBoolean()); //$NON-NLS-1$
        JsonObject old = byName.get("TLS_RSA_WITH_AES_128_CBC_SHA"); //$NON-NLS-1$
        assertTrue(old.get("deprecated").getAsBoolean()); //$NON-NLS-1$
        assertEquals("TLS 1.0", old.get("protocol").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theTableSaysWhatIsRecommendedAndWhatIsDeprecated() {
        CommandRun run = mqsec("ciphers"); //$NON-NLS-1$
        assertEquals(Mqsec.OK, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("ANY_TLS12_OR_HIGHER") && l.contains("TLS 1.2+") //$NON-NLS-1$ //$NON-NLS-2$
                && l.contains("recommended alias")), run.out()); //$NON-NLS-1$
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("TLS_RSA_WITH_AES_256_CBC_SHA ") && l.contains("deprecated 9.0.5")), //$NON-NLS-1$ //$NON-NLS-2$
                run.out());
        assertEquals(Mqsec.USAGE, mqsec("ciphers", "--colour").code()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
