package org.mqsec.core.chlauth;

import org.mqsec.core.dn.DistinguishedName;

/** SSLPEER and SSLCERTI filters, as channels and CHLAUTH records match them against a certificate's DN. */
public final class SslPeerFilter {

    private SslPeerFilter() {
    }

    /**
     * @return null when the DN matches the filter (IBM MQ's rules, see {@link ChlauthPatterns#dnMismatch}),
     *         else the first attribute of the filter that it does not match, as ATTRIBUTE=value
     */
    public static String mismatch(String filter, String certificateDn) {
        return ChlauthPatterns.dnMismatch(ChlauthPatterns.valuesByAttribute(DistinguishedName.parse(filter)),
                ChlauthPatterns.valuesByAttribute(DistinguishedName.parse(certificateDn)));
    }
}
