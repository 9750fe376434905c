package org.mqsec.core.chlauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        if ("*".equals(pattern)) { //$NON-NLS-1$
            return true;
        }
        String[] want = pattern.split("\\.", -1); //$NON-NLS-1$
        String[] have = address.split("\\.", -1); //$NON-NLS-1$
        if (have.length != 4 || !address.matches("[0-9.]+")) { //$NON-NLS-1$
            return glob(pattern, address, true);
        }
        for (int i = 0; i < 4; i++) {
            if (i >= want.length) {
                return false;
            }
            String part = want[i];
            if ("*".equals(part) && i == want.length - 1) { //$NON-NLS-1$
                return true; // trailing '*': the rest of the address
            }
            if (!partMatches(part, have[i])) {
                return false;
            }
        }
        return want.length == 4;
    }

    private static boolean partMatches(String part, String value) {
        if ("*".equals(part)) { //$NON-NLS-1$
            return true;
        }
        try {
            int v = Integer.parseInt(value);
            int dash = part.indexOf('-');
            if (dash > 0) {
                return v >= Integer.parseInt(part.substring(0, dash)) && v <= Integer.parseInt(part.substring(dash + 1));
            }
            return v == Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return false;
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
     * attributes the filter does not name are not checked.
     *
     * @return null when it matches, else the first attribute that does not (for explanations)
     */
    static String dnMismatch(String filter, String certificateDn) {
        DistinguishedName wanted = DistinguishedName.parse(filter);
        DistinguishedName have = DistinguishedName.parse(certificateDn);
        for (DnAttribute attribute : DnAttribute.values()) {
            List<String> filterValues = values(wanted, attribute);
            List<String> dnValues = values(have, attribute);
            for (int i = 0; i < filterValues.size(); i++) {
                if (i >= dnValues.size() || !glob(filterValues.get(i), dnValues.get(i), true)) {
                    return attribute.name() + "=" + filterValues.get(i); //$NON-NLS-1$
                }
            }
        }
        return null;
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

    private static List<String> values(DistinguishedName dn, DnAttribute attribute) {
        List<String> values = new ArrayList<>();
        for (DistinguishedName.Rdn rdn : dn.rdns()) {
            if (rdn.attribute() == attribute) {
                values.add(rdn.value());
            }
        }
        return values;
    }
}
