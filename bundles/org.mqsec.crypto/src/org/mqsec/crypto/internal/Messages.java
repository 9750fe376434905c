package org.mqsec.crypto.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the crypto bundle, shared by the workbench and the command line. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.mqsec.crypto.internal.messages"; //$NON-NLS-1$

    public static String Format_pkcs12;
    public static String Format_jks;
    public static String Format_jceks;
    public static String Format_pem;
    public static String Format_der;
    public static String Format_pkcs7;
    public static String EntryKind_personal;
    public static String EntryKind_trusted;
    public static String EntryKind_secret;
    public static String EntryKind_keyOnly;
    public static String Validity_valid;
    public static String Validity_expiresSoon;
    public static String Validity_expired;
    public static String Validity_notYetValid;
    public static String Column_alias;
    public static String Column_kind;
    public static String Column_subject;
    public static String Column_issuer;
    public static String Column_key;
    public static String Column_signature;
    public static String Column_validFrom;
    public static String Column_validTo;
    public static String Column_sha256;
    public static String Details_subject;
    public static String Details_issuer;
    public static String Details_serial;
    public static String Details_version;
    public static String Details_notBefore;
    public static String Details_notAfter;
    public static String Details_publicKey;
    public static String Details_signatureAlgorithm;
    public static String Details_keyUsage;
    public static String Details_critical;
    public static String Details_extendedKeyUsage;
    public static String Details_basicConstraints;
    public static String Details_subjectAlternativeNames;
    public static String Details_subjectKeyIdentifier;
    public static String Details_authorityKeyIdentifier;
    public static String Details_sha1;
    public static String Details_sha256;
    public static String Details_unreadable;
    public static String Details_notCa;
    public static String Details_ca;
    public static String Details_caPathLength;
    public static String Details_binaryValue;
    public static String Chain_verified;
    public static String Chain_selfSigned;
    public static String Chain_badSignature;
    public static String Chain_issuerMissing;
    public static String Count_entry;
    public static String Count_entries;
    public static String Progress_opening;
    public static String Progress_reading;
    public static String Protection_mac;
    public static String Protection_noMac;
    public static String Protection_certificates;
    public static String Protection_keys;
    public static String Protection_javaKeyStore;
    public static String Protection_pemEncryptedKeys;
    public static String Warning_noMac;
    public static String Warning_weakProtection;
    public static String Warning_proprietaryFormat;
    public static String Warning_unencryptedKeys;
    public static String Warning_pemSkipped;
    public static String Problem_cancelled;
    public static String Problem_notFound;
    public static String Advice_notFound;
    public static String Problem_notAFile;
    public static String Problem_empty;
    public static String Advice_empty;
    public static String Problem_tooLarge;
    public static String Problem_unreadable;
    public static String Advice_unreadable;
    public static String Problem_ioError;
    public static String Problem_unknownFormat;
    public static String Advice_unknownFormat;
    public static String Problem_wrongType;
    public static String Advice_wrongType;
    public static String Problem_cms;
    public static String Advice_cms;
    public static String Problem_corrupt;
    public static String Advice_corrupt;
    public static String Problem_integrity;
    public static String Problem_pemBlock;
    public static String Problem_wrongPassword;
    public static String Advice_wrongPassword;
    public static String Problem_passwordRequired;
    public static String Advice_passwordRequired;
    public static String Problem_keyPassword;
    public static String Advice_keyPassword;
    public static String Problem_aliasExists;
    public static String Advice_aliasExists;
    public static String Problem_noSuchEntry;
    public static String Advice_noSuchEntry;
    public static String Problem_cannotHold;
    public static String Advice_cannotHold;
    public static String Problem_keyWithoutChain;
    public static String Advice_keyWithoutChain;
    public static String Problem_writeFailed;
    public static String Advice_writeFailed;
    public static String Problem_emptyPassword;
    public static String Advice_emptyPassword;
    public static String Format_cannotWrite;
    public static String Profile_modern;
    public static String Profile_compatible;
    public static String Template_badSan;
    public static String Template_badSanFix;
    public static String Template_badValidity;
    public static String Template_badValidityFix;
    public static String Template_longValidity;
    public static String Template_longValidityFix;
    public static String Issuer_notCa;
    public static String Issuer_notCaFix;
    public static String Issuer_caExpired;
    public static String Issuer_caExpiredFix;
    public static String Issuer_outlivesCa;
    public static String Issuer_outlivesCaFix;
    public static String Issuer_failed;
    public static String Request_notARequest;
    public static String Request_notARequestFix;
    public static String Request_badSignature;
    public static String Request_badSignatureFix;
    public static String Request_badKey;
    public static String Reply_noMatchingKey;
    public static String Reply_noMatchingKeyFix;

    public static String Tls_unknownKey;
    public static String Tls_unknownKeyFix;
    public static String Tls_notPersonal;
    public static String Tls_notPersonalFix;
    public static String Tls_unsupportedKey;
    public static String Tls_unsupportedKeyFix;
    public static String Tls_weakKey;
    public static String Tls_weakKeyFix;
    public static String Tls_generationFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
