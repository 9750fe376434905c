package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/**
 * Every message text of every bundle as Eclipse's NLS shows it. NLS.bind reads a pair of single
 * quotes as a quoted section and drops them ("the getter's own ... the signer's" loses both), so a
 * text with placeholders writes an apostrophe as two; a text without placeholders is shown as it is
 * written and keeps single ones. Checked on the sources, through NLS.bind itself.
 */
class MessageTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}"); //$NON-NLS-1$

    @Test
    void apostrophesSurviveNlsBind() throws IOException {
        Path bundles = Path.of("..", "..", "bundles").toAbsolutePath().normalize(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bundles)) {
            files = walk.filter(p -> p.toString().contains("/src/") && p.toString().endsWith(".properties")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertTrue(files.size() > 10, files.toString());
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            Properties texts = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                texts.load(reader);
            }
            for (String key : texts.stringPropertyNames()) {
                // reason texts: "explanation || fix"; only the explanation is bound
                String value = texts.getProperty(key).split("\\|\\|")[0]; //$NON-NLS-1$
                if (!value.contains("'")) { //$NON-NLS-1$
                    continue;
                }
                if (PLACEHOLDER.matcher(value).find()) {
                    String shown = NLS.bind(value, new Object[] { "A", "B", "C", "D", "E" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    if (shown.chars().filter(c -> c == '\'').count() != value.replace("''", "'").chars().filter(c -> c == '\'').count()) { //$NON-NLS-1$ //$NON-NLS-2$
                        wrong.add(bundles.relativize(file) + " " + key + ": shown as " + shown); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                } else if (value.contains("''")) { //$NON-NLS-1$
                    wrong.add(bundles.relativize(file) + " " + key + ": not bound, shown with ''"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
