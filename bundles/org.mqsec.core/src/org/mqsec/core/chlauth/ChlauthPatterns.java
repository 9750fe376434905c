package org.mqsec.core.chlauth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.dn.DnAttribute;
import org.mqsec.core.internal.Messages;

/**
 * How CHLAUTH patterns match, and how specific a match is (for choosing among several). IBM documents
 * the forms (mq-security.md 2.3, 7.2) but not a ranking between two generic patterns; where it is
 * silent, the rule used here is stated at the method.
 */
final class ChlauthPatterns {

    private ChlauthPatterns() {
    }

    /** Channel profiles: '*' stands for any characters, anywhere, any number of times; case matters. */
    static boolean profileMatches(String profile, String channel) {
        return glob(profile, channel, false);
    }

    /**
     * Specificity of a matching profile: an explicit name beats every generic one (IBM). Between two
     * generic profiles IBM publishes no rule; we rank by the number of literal characters, then by
     * fewer wildcards (so APP.SVR* beats APP.* beats *).
     */
    static int profileSpecificity(String profile) {
        int wildcards = (int) profile.chars().filter(c -> c == '*').count();
        if (wildcards == 0) {
            return Integer.MAX_VALUE;
        }
        return (profile.length() - wildcards) * 100 - wildcards;
    }

    static boolean glob(String pattern, String text, boolean ignoreCase) {
        String p = ignoreCase ? pattern.toUpperCase(Locale.ROOT) : pattern;
        String t = ignoreCase ? text.toUpperCase(Locale.ROOT) : text;
        return globFrom(p, 0, t, 0);
    }

    private static boolean globFrom(String p, int pi, String t, int ti) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = ti; k <= t.length(); k++) {
                    if (globFrom(p, pi + 1, t, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (ti >= t.length() || t.charAt(ti) != c) {
                return false;
            }
            pi++;
            ti++;
        }
        return ti == t.length();
    }

    /** Stands for an address part that is not a number: only '*' matches it. */
    private static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    /**
     * The four parts of a dotted IPv4 address ({@link #NOT_A_NUMBER} for a part that is not one), or
     * null when the address is not four dot-separated parts of digits.
     */
    static int[] ipv4(String address) {
        int[] parts = new int[4];
        int part = 0;
        int start = 0;
        for (int i = 0; i <= address.length(); i++) {
            char c = i < address.length() ? address.charAt(i) : '.';
            if (c == '.') {
                if (part == 4) {
                    return null;
                }
                parts[part++] = number(address, start, i);
                start = i + 1;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        return part == 4 ? parts : null;
    }

    private static int number(String text, int start, int end) {
        if (end == start || end - start > 9) {
            return NOT_A_NUMBER;
        }
        return Integer.parseInt(text, start, end, 10);
    }

    /**
     * An address pattern parsed once, to match many addresses. IBM's generic IPv4 forms
     * (mq-security.md 2.3: 192.0.2.*, 192.0.*, 192.0.*.2, 192.*.2, ranges 1-8): a '*' part stands for
     * one or more whole parts, so 192.0.* matches 192.0.x.y and 192.*.2 matches 192.x.y.2. Patterns
     * with other characters (host names, IPv6) are matched as generic names.
     */
    static final class AddressPattern {
        private final String text;
        /** Inclusive bounds per part, {@link #STAR} for '*'; null for a pattern matched as a name. */
        private final int[][] parts;

        private static final int[] STAR = { Integer.MIN_VALUE, Integer.MAX_VALUE };
        /** A part that is not a number or a range matches nothing (and is reported by validation). */
        static final int[] NOTHING = { 1, 0 };

        private AddressPattern(String text, int[][] parts) {
            this.text = text;
            this.parts = parts;
        }

        static AddressPattern compile(String pattern) {
            if (!dotted(pattern)) {
                return new AddressPattern(pattern, null);
            }
            String[] texts = pattern.split("\\.", -1); //$NON-NLS-1$
            int[][] parts = new int[texts.length][];
            for (int i = 0; i < texts.length; i++) {
                parts[i] = "*".equals(texts[i]) ? STAR : bounds(texts[i]); //$NON-NLS-1$
            }
            return new AddressPattern(pattern, parts);
        }

        static int[] bounds(String part) {
            try {
                int dash = part.indexOf('-');
                return dash > 0 ? new int[] { Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1)) }
                        : new int[] { Integer.parseInt(part), Integer.parseInt(part) };
            } catch (NumberFormatException e) {
                return NOTHING;
            }
        }

        String text() {
            return text;
        }

        /** @param ipv4 the address's parts from {@link ChlauthPatterns#ipv4}, or null if it is not IPv4 */
        boolean matches(String address, int[] ipv4) {
            if (parts != null && parts.length == 1 && parts[0] == STAR) {
                return true; // '*': every address, IPv4 or not
            }
            if (parts == null || ipv4 == null) {
                return glob(text, address, true);
            }
            return matchFrom(0, ipv4, 0);
        }

        private boolean matchFrom(int p, int[] address, int a) {
            if (p == parts.length) {
                return a == address.length;
            }
            if (a == address.length) {
                return false;
            }
            if (parts[p] == STAR) {
                for (int next = a + 1; next <= address.length; next++) {
                    if (matchFrom(p + 1, address, next)) {
                        return true;
                    }
                }
                return false;
            }
            int v = address[a];
            return v != NOT_A_NUMBER && v >= parts[p][0] && v <= parts[p][1] && matchFrom(p + 1, address, a + 1);
        }
    }

    /** Whether a pattern is written in IPv4's dotted form (digits, dots, '*', '-'), not as a name. */
    private static boolean dotted(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '.' && c != '*' && c != '-' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * What MQ would refuse in an IPv4 address pattern (MQRCCF_IPADDR_ERROR 3345, RANGE_ERROR 3346),
     * following IBM's rules (mq-security.md 2.3): four parts, or fewer with a '*' standing for the
     * rest; '*' as a whole part only, and never next to another '*'; numbers and ranges within 0-255,
     * ranges from low to high. Host names and IPv6 patterns are not checked here.
     *
     * @return null when MQ accepts it, else the reason
     */
    static String addressProblem(String pattern) {
        if (pattern.isEmpty() || !dotted(pattern) || "*".equals(pattern)) { //$NON-NLS-1$
            return null;
        }
        String[] parts = pattern.split("\\.", -1); //$NON-NLS-1$
        boolean star = false;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if ("*".equals(part)) { //$NON-NLS-1$
                if (i > 0 && "*".equals(parts[i - 1])) { //$NON-NLS-1$
                    return Messages.Address_adjacentStars;
                }
                star = true;
            } else if (part.contains("*")) { //$NON-NLS-1$
                return Messages.bind(Messages.Address_starInPart, part);
            } else if (part.isEmpty()) {
                return Messages.Address_emptyPart;
            } else {
                int[] bounds = AddressPattern.bounds(part);
                if (bounds == AddressPattern.NOTHING || bounds[0] < 0 || bounds[1] > 255 || bounds[0] > bounds[1]) {
                    return Messages.bind(part.contains("-") ? Messages.Address_badRange : Messages.Address_badNumber, part); //$NON-NLS-1$
                }
            }
        }
        if (parts.length > 4 || (parts.length < 4 && !star)) {
            return Messages.Address_partCount;
        }
        return null;
    }

    /**
     * How narrow an address pattern is, for choosing among records of one type. IBM says the most
     * specific match is used but gives no ordering; we count an exact part as 3, a range as 2 and a
     * wildcard as 1 (so 192.0.2.6 > 192.0.2.1-8 > 192.0.2.* > *).
     */
    static int addressSpecificity(String pattern) {
        if (pattern.isEmpty() || "*".equals(pattern)) { //$NON-NLS-1$
            return 0;
        }
        int score = 0;
        for (String part : pattern.split("\\.")) { //$NON-NLS-1$
            score += "*".equals(part) ? 1 : part.contains("-") ? 2 : 3; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return score;
    }

    /**
     * An SSLPEER/SSLCERTI filter against a certificate's DN (IBM MQ rules, mq-security.md 7.2): every
     * attribute in the filter must be in the DN with a matching value (case-insensitive, '*' at the
     * start or end of a value); repeated OU and DC values match the DN's in order from the first;
     * attributes the filter does not name are not checked. Both sides come from
     * {@link #valuesByAttribute}.
     *
     * @return null when it matches, else the first attribute that does not (for explanations)
     */
    static String dnMismatch(Map<DnAttribute, List<String>> filter, Map<DnAttribute, List<String>> certificateDn) {
        for (Map.Entry<DnAttribute, List<String>> wanted : filter.entrySet()) {
            List<String> filterValues = wanted.getValue();
            List<String> dnValues = certificateDn.getOrDefault(wanted.getKey(), List.of());
            for (int i = 0; i < filterValues.size(); i++) {
                if (i >= dnValues.size() || !glob(filterValues.get(i), dnValues.get(i), true)) {
                    return wanted.getKey().name() + "=" + filterValues.get(i); //$NON-NLS-1$
                }
            }
        }
        return null;
    }

    /** A DN's values per attribute, in the order written; iterates in {@link DnAttribute} order. */
    static Map<DnAttribute, List<String>> valuesByAttribute(DistinguishedName dn) {
        Map<DnAttribute, List<String>> values = new EnumMap<>(DnAttribute.class);
        for (DistinguishedName.Rdn rdn : dn.rdns()) {
            values.computeIfAbsent(rdn.attribute(), a -> new ArrayList<>(2)).add(rdn.value());
        }
        return values;
    }

    /** Specificity of a DN filter: the number of attributes it names, minus a little per wildcard. */
    static int dnSpecificity(String filter) {
        if (filter.isEmpty()) {
            return 0;
        }
        DistinguishedName dn = DistinguishedName.parse(filter);
        int wildcards = (int) filter.chars().filter(c -> c == '*').count();
        return dn.rdns().size() * 10 - wildcards;
    }
}
