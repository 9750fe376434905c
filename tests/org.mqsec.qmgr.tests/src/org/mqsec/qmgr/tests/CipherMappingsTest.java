package org.mqsec.qmgr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.core.tls.CipherSpec;
import org.mqsec.core.tls.CipherSpecs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.ibm.mq.constants.MQConstants;

/**
 * Our CipherSpec catalogue against the authority for Java clients: the mapping table inside the IBM
 * MQ classes for Java (com/ibm/mq/jmqi/internal/ciphermappings.json in com.ibm.mq.allclient 9.4).
 */
class CipherMappingsTest {

    @Test
    void everyCipherSpecTheMqClassesKnowIsInOurCatalogueWithTheSameMapping() throws Exception {
        JsonElement table;
        try (InputStream in = MQConstants.class.getResourceAsStream("/com/ibm/mq/jmqi/internal/ciphermappings.json")) { //$NON-NLS-1$
            assertNotNull(in, "ciphermappings.json in the IBM MQ classes"); //$NON-NLS-1$
            table = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (JsonElement element : table.getAsJsonArray()) {
            JsonObject mapping = element.getAsJsonObject();
            String name = mapping.get("cipherspecname").getAsString(); //$NON-NLS-1$
            CipherSpec ours = CipherSpecs.find(name).orElse(null);
            if (ours == null) {
                problems.add(name + ": not in our catalogue"); //$NON-NLS-1$
                continue;
            }
            compared++;
            check(problems, name, "Java CipherSuite", mapping.get("ciphersuitename").getAsString(), ours.javaCipherSuite()); //$NON-NLS-1$ //$NON-NLS-2$
            check(problems, name, "protocol", mapping.get("protocol").getAsString(), ours.protocol().javaName()); //$NON-NLS-1$ //$NON-NLS-2$
            check(problems, name, "alias", mapping.get("isalias").getAsString(), Boolean.toString(ours.alias())); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> altNames = new ArrayList<>();
            mapping.getAsJsonArray("altnames").forEach(alt -> altNames.add(alt.getAsString())); //$NON-NLS-1$
            check(problems, name, "alternative names", altNames.toString(), ours.javaAlternativeNames().toString()); //$NON-NLS-1$
            // IBM's documentation and the jar disagree on FIPS for deprecated CipherSpecs (mq-security.md 1.1);
            // ours follows the documentation, so compare where the CipherSpec is current
            if (!ours.deprecated()) {
                check(problems, name, "FIPS", mapping.get("fipscompliant").getAsString(), Boolean.toString(ours.fips())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems)); //$NON-NLS-1$
        assertEquals(table.getAsJsonArray().size(), compared);
        assertTrue(compared >= 40, "the 9.4 table has 40 entries: " + compared); //$NON-NLS-1$
    }

    private static void check(List<String> problems, String name, String what, String theirs, String ours) {
        if (!theirs.equals(ours)) {
            problems.add(name + ": " + what + " is " + theirs + " in the MQ classes, " + ours + " in ours"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }
}
