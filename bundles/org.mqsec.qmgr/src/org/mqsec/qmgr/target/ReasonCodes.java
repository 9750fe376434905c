package org.mqsec.qmgr.target;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import com.ibm.mq.constants.MQConstants;

/**
 * Reason codes in words: IBM's constant name for the number (from IBM's own classes), what it means
 * for someone securing a queue manager, and what to do ({@code internal/reasons.properties}).
 */
public final class ReasonCodes {

    private static final String SEPARATOR = " || "; //$NON-NLS-1$
    private static final String UNKNOWN = "unknown"; //$NON-NLS-1$
    private static final Properties TEXTS = load();

    private ReasonCodes() {
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = ReasonCodes.class.getResourceAsStream("/org/mqsec/qmgr/internal/reasons.properties")) { //$NON-NLS-1$
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("reasons.properties is part of this bundle", e); //$NON-NLS-1$
        }
        return texts;
    }

    /** IBM's name for the code (MQRC_... or MQRCCF_...), or the number when IBM's classes have none. */
    public static String name(int reason) {
        for (String prefix : new String[] { "MQRC_.*", "MQRCCF_.*" }) { //$NON-NLS-1$ //$NON-NLS-2$
            String name = MQConstants.lookup(reason, prefix);
            if (name != null && name.startsWith(prefix.substring(0, prefix.length() - 2))) {
                return name;
            }
        }
        return "MQRC " + reason; //$NON-NLS-1$
    }

    /** Whether the code has its own explanation (otherwise it is named, with where to look it up). */
    public static boolean explained(int reason) {
        return TEXTS.containsKey(Integer.toString(reason));
    }

    /** "MQRC_NOT_AUTHORIZED (2035): not authorised. ..." */
    public static String explain(int reason) {
        return NLS.bind(part(reason, 0), name(reason), Integer.toString(reason));
    }

    /** What to do about it; "" when there is nothing to suggest. */
    public static String fix(int reason) {
        return part(reason, 1);
    }

    private static String part(int reason, int which) {
        String text = TEXTS.getProperty(Integer.toString(reason), TEXTS.getProperty(UNKNOWN));
        int separator = text.indexOf(SEPARATOR);
        String[] parts = separator < 0 ? new String[] { text, "" } //$NON-NLS-1$
                : new String[] { text.substring(0, separator), text.substring(separator + SEPARATOR.length()) };
        return parts[which].strip();
    }
}
