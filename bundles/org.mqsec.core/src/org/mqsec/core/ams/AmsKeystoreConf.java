package org.mqsec.core.ams;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.AmsMessages;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.tls.TlsChannelPlan;

/**
 * AMS's {@code keystore.conf}: where a putting or getting application finds its own certificate
 * and key. Each client reads its own prefixes ({@code ams.md} 2.1): C clients {@code cms.} and
 * {@code pkcs11.}; Java clients {@code jks.}, {@code jceks.} and {@code pkcs11.} and ignore
 * {@code cms.}; nobody reads a {@code p12.} prefix (a PKCS#12 file goes under {@code jks.} for Java).
 * Keystore paths must be absolute (AMS1102) and a key may appear once (AMS1101). Passwords are
 * placeholders unless the caller gives them.
 */
public final class AmsKeystoreConf {

    /** Finding codes. */
    public static final String NOT_ABSOLUTE = "AMS_CONF_NOT_ABSOLUTE"; //$NON-NLS-1$
    public static final String DUPLICATE_KEY = "AMS_CONF_DUPLICATE_KEY"; //$NON-NLS-1$
    public static final String IGNORED_PREFIX = "AMS_CONF_IGNORED_PREFIX"; //$NON-NLS-1$
    public static final String NO_IDENTITY = "AMS_CONF_NO_IDENTITY"; //$NON-NLS-1$
    public static final String INCOMPLETE = "AMS_CONF_INCOMPLETE"; //$NON-NLS-1$
    public static final String PLAIN_PASSWORD = "AMS_CONF_PLAIN_PASSWORD"; //$NON-NLS-1$

    public static final String PASSWORD_PLACEHOLDER = TlsChannelPlan.PASSWORD_PLACEHOLDER;

    /** Who reads the file. */
    public enum Client {
        /** C and C++ applications, the MCA interceptor: GSKit CMS key databases with their stash, or PKCS#11. */
        C(Prefix.CMS, Prefix.PKCS11),
        /** IBM MQ classes for Java and JMS: JKS (or PKCS#12 under jks.), JCEKS, PKCS#11 when enabled. */
        JAVA(Prefix.JKS, Prefix.JCEKS, Prefix.PKCS11);

        private final List<Prefix> reads;

        Client(Prefix... reads) {
            this.reads = List.of(reads);
        }

        public List<Prefix> reads() {
            return reads;
        }
    }

    /** The kinds of keystore a keystore.conf names. */
    public enum Prefix {
        CMS, JKS, JCEKS, PKCS11;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The identity a client takes from the file.
     *
     * @param keystore    the keystore path (for CMS without .kdb, as GSKit takes a stem), or the PKCS#11 library
     * @param certificate the label or alias of the application's certificate
     */
    public record Identity(Prefix prefix, String keystore, String certificate) {
    }

    /**
     * What a file yields for a client: its identity, if any, and what is wrong or ignored.
     *
     * @param values every key of the file (in lower case) with its value
     */
    public record Reading(Optional<Identity> identity, List<Finding> findings, Map<String, String> values) {
        public Reading {
            values = Map.copyOf(values);
        }

        /** The identity's keystore password when the file holds it in clear; empty for a placeholder or a runamscred-encrypted one. */
        public Optional<String> plainPassword() {
            String value = identity.map(i -> values.get(i.prefix().word() + ".keystore_pass")).orElse(null); //$NON-NLS-1$
            return value == null || value.startsWith("<") ? Optional.empty() : Optional.of(value); //$NON-NLS-1$
        }
    }

    private AmsKeystoreConf() {
    }

    /**
     * The file for one identity.
     *
     * @param keystore for CMS the key database's path (the stem is written), for JKS/JCEKS the store's path
     * @param password the keystore password, or null for a placeholder (a CMS database uses its stash: none is written)
     */
    public static String write(Prefix prefix, String keystore, String certificate, char[] password) {
        String store = MqAttribute.requireNoControlCharacter("keystore", keystore); //$NON-NLS-1$
        MqAttribute.requireNoControlCharacter("certificate", certificate); //$NON-NLS-1$
        if (prefix == Prefix.CMS && store.toLowerCase(Locale.ROOT).endsWith(".kdb")) { //$NON-NLS-1$
            store = store.substring(0, store.length() - 4);
        }
        String p = prefix.word() + '.';
        StringBuilder text = new StringBuilder();
        text.append(p).append("keystore = ").append(store).append('\n'); //$NON-NLS-1$
        text.append(p).append("certificate = ").append(certificate).append('\n'); //$NON-NLS-1$
        if (prefix == Prefix.JKS || prefix == Prefix.JCEKS) {
            String secret = password == null ? PASSWORD_PLACEHOLDER : new String(password);
            text.append(p).append("encrypted = no\n"); //$NON-NLS-1$
            text.append(p).append("keystore_pass = ").append(secret).append('\n'); //$NON-NLS-1$
            text.append(p).append("key_pass = ").append(secret).append('\n'); //$NON-NLS-1$
        }
        return text.toString();
    }

    /** What {@code client} takes from the file, and what is wrong or ignored in it. */
    public static Reading read(String text, Client client) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> entries = new LinkedHashMap<>();
        String[] lines = text.split("\\R"); //$NON-NLS-1$
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) { //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            // each line through the JDK's Properties, as AMS's ConfFile reads it, but one by one to see duplicates
            Properties one = new Properties();
            try {
                one.load(new StringReader(line));
            } catch (IOException | IllegalArgumentException e) {
                continue;
            }
            if (one.isEmpty()) {
                continue;
            }
            String key = one.stringPropertyNames().iterator().next().toLowerCase(Locale.ROOT);
            String value = one.getProperty(one.stringPropertyNames().iterator().next()).strip();
            if (entries.containsKey(key)) {
                findings.add(Finding.error(DUPLICATE_KEY, key, AmsMessages.bind(AmsMessages.Conf_duplicate, key), AmsMessages.Conf_duplicateFix));
            }
            entries.put(key, value);
        }
        List<Prefix> present = new ArrayList<>();
        for (String key : entries.keySet()) {
            String prefix = key.contains(".") ? key.substring(0, key.indexOf('.')) : key; //$NON-NLS-1$
            Optional<Prefix> known = java.util.Arrays.stream(Prefix.values()).filter(p -> p.word().equals(prefix)).findFirst();
            if (known.isPresent() && client.reads().contains(known.get())) {
                if (!present.contains(known.get())) {
                    present.add(known.get());
                }
            } else if (!prefix.equals("crl") && !prefix.equals("ocsp") && !prefix.equals("amscred")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                findings.add(Finding.warning(IGNORED_PREFIX, key, AmsMessages.bind(AmsMessages.Conf_ignored, key, client), AmsMessages.bind(
                        AmsMessages.Conf_ignoredFix, client.reads().stream().map(Prefix::word).toList())));
            }
        }
        Identity identity = null;
        for (Prefix prefix : client.reads()) {
            if (!present.contains(prefix)) {
                continue;
            }
            String store = entries.get(prefix.word() + (prefix == Prefix.PKCS11 ? ".library" : ".keystore")); //$NON-NLS-1$ //$NON-NLS-2$
            String certificate = entries.get(prefix.word() + ".certificate"); //$NON-NLS-1$
            boolean javaStore = prefix == Prefix.JKS || prefix == Prefix.JCEKS;
            if (store == null || store.isEmpty() || certificate == null || certificate.isEmpty()
                    || javaStore && (!entries.containsKey(prefix.word() + ".keystore_pass") || !entries.containsKey(prefix.word() + ".key_pass"))) { //$NON-NLS-1$ //$NON-NLS-2$
                findings.add(Finding.error(INCOMPLETE, prefix.word(), AmsMessages.bind(AmsMessages.Conf_incomplete, prefix.word()),
                        AmsMessages.bind(AmsMessages.Conf_incompleteFix, prefix.word())));
                continue;
            }
            if (!store.startsWith("/") && !store.matches("[A-Za-z]:[\\\\/].*")) { //$NON-NLS-1$ //$NON-NLS-2$
                findings.add(Finding.error(NOT_ABSOLUTE, prefix.word() + ".keystore", AmsMessages.bind(AmsMessages.Conf_notAbsolute, store), //$NON-NLS-1$
                        AmsMessages.Conf_notAbsoluteFix));
            }
            String pass = entries.get(prefix.word() + ".keystore_pass"); //$NON-NLS-1$
            if (pass != null && !pass.startsWith("<AMS>") && !pass.equals(PASSWORD_PLACEHOLDER)) { //$NON-NLS-1$
                findings.add(Finding.warning(PLAIN_PASSWORD, prefix.word() + ".keystore_pass", AmsMessages.Conf_plainPassword, //$NON-NLS-1$
                        AmsMessages.Conf_plainPasswordFix));
            }
            if (identity == null) {
                identity = new Identity(prefix, store, certificate);
            }
        }
        if (identity == null && !Finding.hasErrors(findings)) {
            findings.add(Finding.error(NO_IDENTITY, "", AmsMessages.bind(AmsMessages.Conf_noIdentity, client, //$NON-NLS-1$
                    client.reads().stream().map(Prefix::word).toList()), AmsMessages.Conf_noIdentityFix));
        }
        return new Reading(Optional.ofNullable(identity), findings, entries);
    }
}
