package org.mqsec.ui.tests;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mqsec.testing.KeystoreFixtures;

/** What keytool itself lists in a file: label (lower case) to personal/trusted/secret. */
final class KeyRepositoryFormatsTest {

    private static final Pattern ENTRY = Pattern.compile(
            "^(.+), [A-Z][a-z]{2} \\d{1,2}, \\d{4}, (PrivateKeyEntry|trustedCertEntry|SecretKeyEntry),\\s*$", Pattern.MULTILINE); //$NON-NLS-1$

    private KeyRepositoryFormatsTest() {
    }

    static Map<String, String> keytoolEntries(Path file) throws Exception {
        String output = KeystoreFixtures.get().keytool("-list", "-keystore", file.toString(), "-storepass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                KeystoreFixtures.PASSWORD);
        Map<String, String> entries = new TreeMap<>();
        Matcher matcher = ENTRY.matcher(output);
        while (matcher.find()) {
            String kind = switch (matcher.group(2)) {
                case "PrivateKeyEntry" -> "personal"; //$NON-NLS-1$ //$NON-NLS-2$
                case "SecretKeyEntry" -> "secret"; //$NON-NLS-1$ //$NON-NLS-2$
                default -> "trusted"; //$NON-NLS-1$
            };
            entries.put(matcher.group(1).toLowerCase(Locale.ROOT), kind);
        }
        return entries;
    }
}
