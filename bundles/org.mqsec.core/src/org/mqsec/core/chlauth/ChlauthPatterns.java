package org.mqsec.core.chlauth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.dn.DnAttribute;

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

    /**
     * IPv4 address patterns: parts of a number, '*' or a range 'a-b'; a single trailing '*' may stand
     * for the missing parts (192.0.*). Anything else (IPv6, host names) is matched as a generic name.
     */
    static boolean addressMatches(String pattern, String address) {
        return AddressPattern.compile(pattern).matches(address, ipv4(address));
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

    /** An address pattern parsed once, to match many addresses. */
    static final class AddressPattern {
        private final String text;
        /**
         * Inclusive bounds per part; empty for '*'; null when the pattern has the wrong number of parts
         * to match an IPv4 address (it is still matched as a generic name against anything else).
         */
        private final int[] low;
        private final int[] high;
        private final boolean anyRest;

        private AddressPattern(String text, int[] low, int[] high, boolean anyRest) {
            this.text = text;
            this.low = low;
            this.high = high;
            this.anyRest = anyRest;
        }

        static AddressPattern compile(String pattern) {
            if ("*".equals(pattern)) { //$NON-NLS-1$
                return new AddressPattern(pattern, new int[0], new int[0], true);
            }
            String[] parts = pattern.split("\\.", -1); //$NON-NLS-1$
            boolean anyRest = parts.length <= 4 && "*".equals(parts[parts.length - 1]); //$NON-NLS-1$
            int count = anyRest ? parts.length - 1 : parts.length;
            if (!anyRest && count != 4) {
                return new AddressPattern(pattern, null, null, false); // never matches an IPv4 address
            }
            int[] low = new int[count];
            int[] high = new int[count];
            for (int i = 0; i < count; i++) {
                bounds(parts[i], low, high, i);
            }
            return new AddressPattern(pattern, low, high, anyRest);
        }

        private static void bounds(String part, int[] low, int[] high, int i) {
            low[i] = 1; // empty until set: a part that is not a number matches nothing
            high[i] = 0;
            if ("*".equals(part)) { //$NON-NLS-1$
                low[i] = Integer.MIN_VALUE;
                high[i] = Integer.MAX_VALUE;
                return;
            }
            try {
                int dash = part.indexOf('-');
                if (dash > 0) {
                    low[i] = Integer.parseInt(part.substring(0, dash));
                    high[i] = Integer.parseInt(part.substring(dash + 1));
                } else {
                    low[i] = Integer.parseInt(part);
                    high[i] = low[i];
                }
            } catch (NumberFormatException e) {
                low[i] = 1;
                high[i] = 0;
            }
        }

        String text() {
            return text;
        }

        /** @param ipv4 the address's parts from {@link ChlauthPatterns#ipv4}, or null if it is not IPv4 */
        boolean matches(String address, int[] ipv4) {
            if (low != null && low.length == 0) {
                return true; // '*'
            }
            return ipv4 == null ? glob(text, address, true) : matchesIpv4(ipv4);
        }

        private boolean matchesIpv4(int[] address) {
            if (low == null) {
                return false;
            }
            for (int i = 0; i < low.length; i++) {
                int v = address[i];
                boolean inRange = low[i] == Integer.MIN_VALUE || (v != NOT_A_NUMBER && v >= low[i] && v <= high[i]);
                if (!inRange) {
                    return false;
                }
            }
            return true; // all four parts, or the ones before a trailing '*'
        }
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
