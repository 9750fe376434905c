package org.mqsec.core.zos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.ZosMessages;
import org.mqsec.core.mqsc.MqAttribute;

/**
 * The rules for the names RACF commands take, checked before a command is written so that a job
 * never fails on a name: user and group IDs, certificate labels, key ring names, data set names and
 * general resource profile names. Sources: z/OS Security Server RACF Command Language Reference
 * (RACDCERT WITHLABEL: up to 32 characters; ADDRING: ring names up to 237 characters without blanks;
 * RDEFINE: general resource names up to 246 characters) and z/OS MVS JCL Reference (data set names).
 */
public final class RacfNames {

    public static final String USER_ID = "ZOS_USER_ID"; //$NON-NLS-1$
    public static final String LABEL = "ZOS_LABEL"; //$NON-NLS-1$
    public static final String RING = "ZOS_RING"; //$NON-NLS-1$
    public static final String DATASET = "ZOS_DATASET"; //$NON-NLS-1$
    public static final String PROFILE = "ZOS_PROFILE"; //$NON-NLS-1$

    public static final int LABEL_LENGTH = 32;
    public static final int RING_LENGTH = 237;
    public static final int PROFILE_LENGTH = 246;
    public static final int DATASET_LENGTH = 44;

    private static final Pattern ID = Pattern.compile("[A-Z@#$][A-Z0-9@#$]{0,7}"); //$NON-NLS-1$
    private static final Pattern QUALIFIER = Pattern.compile("[A-Z@#$][A-Z0-9@#$-]{0,7}"); //$NON-NLS-1$

    private RacfNames() {
    }

    /** A user or group ID: 1-8 characters A-Z, 0-9, @ # $, not starting with a digit (upper case, as TSO folds it). */
    public static List<Finding> userId(String field, String value) {
        String id = upper(value);
        if (ID.matcher(id).matches()) {
            return List.of();
        }
        return List.of(Finding.error(USER_ID, field, ZosMessages.bind(ZosMessages.Names_userId, field, shown(value)), ZosMessages.Names_userIdFix));
    }

    /** A certificate label: 1-32 characters, blanks and mixed case allowed, no apostrophe or control character. */
    public static List<Finding> label(String field, String value) {
        String label = value == null ? "" : value; //$NON-NLS-1$
        if (label.isBlank() || label.length() > LABEL_LENGTH || label.indexOf('\'') >= 0 || control(label)
                || !label.equals(label.strip())) {
            return List.of(Finding.error(LABEL, field, ZosMessages.bind(ZosMessages.Names_label, field, shown(label), LABEL_LENGTH),
                    ZosMessages.Names_labelFix));
        }
        return List.of();
    }

    /** A key ring name: 1-237 characters without blanks, commas, parentheses, apostrophes or control characters. */
    public static List<Finding> ring(String field, String value) {
        String ring = value == null ? "" : value; //$NON-NLS-1$
        if (ring.isEmpty() || ring.length() > RING_LENGTH || control(ring) || ring.chars().anyMatch(c -> " ,()'/".indexOf(c) >= 0)) { //$NON-NLS-1$
            return List.of(Finding.error(RING, field, ZosMessages.bind(ZosMessages.Names_ring, field, shown(ring), RING_LENGTH),
                    ZosMessages.Names_ringFix));
        }
        return List.of();
    }

    /** A fully qualified data set name: qualifiers of 1-8 characters joined by periods, 44 in all. */
    public static List<Finding> dataset(String field, String value) {
        String name = upper(value);
        boolean valid = !name.isEmpty() && name.length() <= DATASET_LENGTH && !name.endsWith("."); //$NON-NLS-1$
        for (String qualifier : name.split("\\.", -1)) { //$NON-NLS-1$
            valid &= QUALIFIER.matcher(qualifier).matches();
        }
        if (valid) {
            return List.of();
        }
        return List.of(Finding.error(DATASET, field, ZosMessages.bind(ZosMessages.Names_dataset, field, shown(value)), ZosMessages.Names_datasetFix));
    }

    /**
     * A general resource profile name: no blanks, quotes, commas, parentheses or control characters,
     * at most 246 characters, upper case in the upper-case classes (MQADMIN, MQQUEUE...).
     */
    public static List<Finding> profile(String field, String value, boolean mixedCase) {
        String name = value == null ? "" : value; //$NON-NLS-1$
        List<Finding> findings = new ArrayList<>();
        if (name.isEmpty() || name.length() > PROFILE_LENGTH || control(name) || name.chars().anyMatch(c -> " ,()'\"".indexOf(c) >= 0)) { //$NON-NLS-1$
            findings.add(Finding.error(PROFILE, field, ZosMessages.bind(ZosMessages.Names_profile, field, shown(name), PROFILE_LENGTH),
                    ZosMessages.Names_profileFix));
        } else if (!mixedCase && !name.equals(name.toUpperCase(Locale.ROOT))) {
            findings.add(Finding.error(PROFILE, field, ZosMessages.bind(ZosMessages.Names_profileCase, field, name), ZosMessages.Names_profileCaseFix));
        }
        return findings;
    }

    /** The value as TSO reads it outside quotes: upper case. */
    public static String upper(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static boolean control(String value) {
        return MqAttribute.controlCharacter(value).isPresent();
    }

    /** A value as a message shows it: control characters as \\uXXXX, so that a message never carries one. */
    static String shown(String value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : new String(Character.toChars(c)))); //$NON-NLS-1$
        return out.toString();
    }
}
