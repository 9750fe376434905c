package org.mqsec.crypto.keystore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command lines that do what an operation did, for administrators who must do it on the server
 * itself: runmqakm (GSKit, with IBM MQ), keytool (any JDK; runmqktool wraps it in MQ 9.4) and
 * openssl. Passwords are never written: where a tool needs one on its command line (runmqakm has no
 * other way), the command reads the shell variable {@code MQSEC_PASSWORD}, which {@link #script}
 * asks for; keytool and openssl prompt for theirs. Syntax of runmqakm from IBM MQ 9.4 "runmqakm"
 * (mq-security.md section 5.4).
 */
public final class CommandEquivalents {

    public static final String RUNMQAKM = "runmqakm"; //$NON-NLS-1$
    public static final String KEYTOOL = "keytool"; //$NON-NLS-1$
    public static final String OPENSSL = "openssl"; //$NON-NLS-1$
    /** The shell variable that holds the password in commands and scripts. */
    public static final String PASSWORD_VARIABLE = "MQSEC_PASSWORD"; //$NON-NLS-1$
    private static final String PASSWORD = "\"$" + PASSWORD_VARIABLE + "\""; //$NON-NLS-1$ //$NON-NLS-2$

    private final Map<String, List<String>> commands = new LinkedHashMap<>();

    private CommandEquivalents() {
    }

    public Map<String, List<String>> commands() {
        return commands;
    }

    private CommandEquivalents add(String tool, String... words) {
        commands.computeIfAbsent(tool, t -> new ArrayList<>())
                .add(String.join(" ", java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList())); //$NON-NLS-1$
        return this;
    }

    /** Shell-quotes a value with single quotes (nothing inside them is special to the shell). */
    public static String quote(String value) {
        return org.mqsec.core.config.ShellWords.quote(value);
    }

    private static String storeType(KeyRepositoryFormat format) {
        return format == KeyRepositoryFormat.PKCS12 ? "PKCS12" : format.id().toUpperCase(Locale.ROOT); //$NON-NLS-1$
    }

    public static CommandEquivalents create(String file, KeyRepositoryFormat format, boolean stash) {
        CommandEquivalents c = new CommandEquivalents();
        if (format == KeyRepositoryFormat.PKCS12 || format == KeyRepositoryFormat.CMS) {
            c.add(RUNMQAKM, runmqakmCreate(file, format == KeyRepositoryFormat.CMS ? "cms" : "pkcs12", stash)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return c;
    }

    /**
     * runmqakm's command that makes an empty key database of GSKit type {@code type} (pkcs12, or cms
     * for C clients' .kdb, which this tool does not write itself); the password as a placeholder.
     */
    public static String runmqakmCreate(String file, String type, boolean stash) {
        return "runmqakm -keydb -create -db " + quote(file) + " -pw " + PASSWORD + " -type " + type + (stash ? " -stash" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** runmqakm's command that adds a PEM certificate as trusted to a key database (of any type) that has a stash file. */
    public static String runmqakmTrust(String file, String alias, String certificate) {
        return String.join(" ", "runmqakm -cert -add -db", quote(file), "-stashed -label", quote(alias), "-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                quote(certificate), "-format ascii -trust enable"); //$NON-NLS-1$
    }

    /** runmqakm's -size and -sig_alg for a key of {@code keyAlgorithm} (RSA or EC) signed with the JCA {@code signature}. */
    public static String runmqakmKeyOptions(String keyAlgorithm, int keySize, String signature) {
        return "-size " + keySize + " -sig_alg " //$NON-NLS-1$ //$NON-NLS-2$
                + ("EC".equals(keyAlgorithm) ? "EC_ecdsa_with_" + signature.substring(0, 6) : signature.replace("with", "With")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** runmqakm's options for subject alternative names given as DNS:... and IP:... */
    public static String runmqakmSan(List<String> san) {
        List<String> words = new ArrayList<>();
        for (String name : san) {
            words.add(name.startsWith("IP:") ? "-san_ipaddr" : "-san_dnsname"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            words.add(quote(name.substring(name.indexOf(':') + 1)));
        }
        return String.join(" ", words); //$NON-NLS-1$
    }

    /**
     * A shell script that runs as written: it stops at the first failing command, works in its own
     * folder (so files beside it are found wherever it is started from), and asks for the password
     * unless {@code MQSEC_PASSWORD} is set, without echoing it.
     *
     * @param purpose comment lines saying what the script does
     */
    public static String script(List<String> purpose, List<String> commands) {
        List<String> lines = new ArrayList<>();
        lines.add("#!/bin/sh"); //$NON-NLS-1$
        purpose.forEach(line -> lines.add("# " + line)); //$NON-NLS-1$
        lines.add("set -eu"); //$NON-NLS-1$
        lines.add("cd \"$(dirname \"$0\")\""); //$NON-NLS-1$
        lines.add("if [ -z \"${" + PASSWORD_VARIABLE + ":-}\" ]; then"); //$NON-NLS-1$ //$NON-NLS-2$
        lines.add("    printf 'Password of the key repositories: ' >&2"); //$NON-NLS-1$
        lines.add("    stty -echo 2>/dev/null || true"); //$NON-NLS-1$
        lines.add("    IFS= read -r " + PASSWORD_VARIABLE); //$NON-NLS-1$
        lines.add("    stty echo 2>/dev/null || true"); //$NON-NLS-1$
        lines.add("    printf '\\n' >&2"); //$NON-NLS-1$
        lines.add("fi"); //$NON-NLS-1$
        lines.addAll(commands);
        return String.join("\n", lines) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** runmqakm's command that imports the personal certificate {@code alias} of a PKCS#12 file into a key database of GSKit type {@code targetType}. */
    public static String runmqakmImportPkcs12(String pkcs12, String target, String targetType, String alias) {
        return String.join(" ", "runmqakm -cert -import -file", quote(pkcs12), "-pw", PASSWORD, "-type pkcs12 -target", quote(target), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-target_pw", PASSWORD, "-target_type", targetType, "-label", quote(alias)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * @param dn   the subject as MQ writes it (CN first)
     * @param san  DNS:... and IP:... names
     * @param signature JCA signature name, e.g. SHA256withRSA
     */
    public static CommandEquivalents generateKey(String file, KeyRepositoryFormat format, String alias, String dn,
            String keyAlgorithm, int keySize, String signature, int days, List<String> san, boolean ca) {
        return generateKey(file, format, alias, dn, keyAlgorithm, keySize, signature, days, san, ca, null, null);
    }

    /**
     * As above; with a signer (the CA's repository and label) the equivalent is a request, the CA's
     * signature and receiving it, since the tools make only self-signed certificates in one step.
     */
    public static CommandEquivalents generateKey(String file, KeyRepositoryFormat format, String alias, String dn,
            String keyAlgorithm, int keySize, String signature, int days, List<String> san, boolean ca,
            String signerFile, String signerAlias) {
        CommandEquivalents c = new CommandEquivalents();
        String request = quote(alias + ".csr"); //$NON-NLS-1$
        String signed = quote(alias + ".pem"); //$NON-NLS-1$
        if (format == KeyRepositoryFormat.PKCS12 && !ca && signerAlias != null) {
            c.add(RUNMQAKM, "runmqakm -certreq -create -db", quote(file), "-pw", PASSWORD, "-label", quote(alias), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "-dn", quote(dn), "-size", Integer.toString(keySize), "-file", request); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            c.add(RUNMQAKM, "runmqakm -cert -sign -db", quote(signerFile), "-pw", PASSWORD, "-label", quote(signerAlias), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "-file", request, "-target", signed, "-expire", Integer.toString(days)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            c.add(RUNMQAKM, "runmqakm -cert -receive -db", quote(file), "-pw", PASSWORD, "-file", signed, "-format ascii"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        } else if (format == KeyRepositoryFormat.PKCS12 && !ca) {
            c.add(RUNMQAKM, "runmqakm -cert -create -db", quote(file), "-pw", PASSWORD, "-label", quote(alias), "-dn", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    quote(dn), "-x509version 3 -expire", Integer.toString(days), runmqakmKeyOptions(keyAlgorithm, keySize, signature), //$NON-NLS-1$
                    runmqakmSan(san));
        }
        List<String> keytool = new ArrayList<>(List.of("keytool -genkeypair -keystore", quote(file), "-storetype", //$NON-NLS-1$ //$NON-NLS-2$
                storeType(format), "-alias", quote(alias), "-keyalg", keyAlgorithm, //$NON-NLS-1$ //$NON-NLS-2$
                "EC".equals(keyAlgorithm) ? "-groupname secp" + keySize + "r1" : "-keysize " + keySize, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-sigalg", signature, "-dname", quote(dn), "-validity", Integer.toString(days))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!san.isEmpty()) {
            keytool.add("-ext"); //$NON-NLS-1$
            keytool.add(quote("SAN=" + String.join(",", san).replace("DNS:", "dns:").replace("IP:", "ip:"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
        keytool.add(ca ? "-ext bc:c -ext KeyUsage:c=keyCertSign,cRLSign" : "-ext EKU=serverAuth,clientAuth"); //$NON-NLS-1$ //$NON-NLS-2$
        c.add(KEYTOOL, keytool.toArray(String[]::new));
        if (signerAlias != null) {
            c.add(KEYTOOL, "keytool -certreq -keystore", quote(file), "-alias", quote(alias), "-file", request); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            c.add(KEYTOOL, "keytool -gencert -keystore", quote(signerFile), "-alias", quote(signerAlias), "-infile", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    request, "-outfile", signed, "-rfc -validity", Integer.toString(days)); //$NON-NLS-1$ //$NON-NLS-2$
            c.add(KEYTOOL, "keytool -importcert -keystore", quote(file), "-alias", quote(alias), "-file", signed); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return c;
    }

    public static CommandEquivalents certificateRequest(String file, KeyRepositoryFormat format, String alias,
            String out) {
        CommandEquivalents c = new CommandEquivalents();
        c.add(KEYTOOL, "keytool -certreq -keystore", quote(file), "-storetype", storeType(format), "-alias", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                quote(alias), "-file", quote(out)); //$NON-NLS-1$
        c.add(OPENSSL, "openssl req -new -key", quote(alias + ".key"), "-out", quote(out)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return c;
    }

    public static CommandEquivalents signRequest(String csr, String caCertificate, String caKey, String out, int days) {
        CommandEquivalents c = new CommandEquivalents();
        c.add(OPENSSL, "openssl x509 -req -in", quote(csr), "-CA", quote(caCertificate), "-CAkey", quote(caKey), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "-CAcreateserial -sha256 -days", Integer.toString(days), "-copy_extensions copy -out", quote(out)); //$NON-NLS-1$ //$NON-NLS-2$
        return c;
    }

    public static CommandEquivalents receive(String file, KeyRepositoryFormat format, String alias, String reply) {
        CommandEquivalents c = new CommandEquivalents();
        if (format == KeyRepositoryFormat.PKCS12) {
            c.add(RUNMQAKM, "runmqakm -cert -receive -db", quote(file), "-pw", PASSWORD, "-file", quote(reply), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "-format ascii"); //$NON-NLS-1$
        }
        c.add(KEYTOOL, "keytool -importcert -keystore", quote(file), "-storetype", storeType(format), "-alias", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                quote(alias), "-file", quote(reply)); //$NON-NLS-1$
        return c;
    }

    public static CommandEquivalents importCertificate(String file, KeyRepositoryFormat format, String alias,
            String certificate) {
        CommandEquivalents c = new CommandEquivalents();
        if (format == KeyRepositoryFormat.PKCS12) {
            c.add(RUNMQAKM, runmqakmTrust(file, alias, certificate));
        }
        c.add(KEYTOOL, "keytool -importcert -noprompt -keystore", quote(file), "-storetype", storeType(format), //$NON-NLS-1$ //$NON-NLS-2$
                "-alias", quote(alias), "-file", quote(certificate)); //$NON-NLS-1$ //$NON-NLS-2$
        return c;
    }

    public static CommandEquivalents exportCertificate(String file, KeyRepositoryFormat format, String alias, String out,
            boolean der) {
        CommandEquivalents c = new CommandEquivalents();
        if (format == KeyRepositoryFormat.PKCS12) {
            c.add(RUNMQAKM, "runmqakm -cert -extract -db", quote(file), "-pw", PASSWORD, "-label", quote(alias), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "-target", quote(out), "-format", der ? "binary" : "ascii"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        c.add(KEYTOOL, "keytool -exportcert" + (der ? "" : " -rfc"), "-keystore", quote(file), "-storetype", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                storeType(format), "-alias", quote(alias), "-file", quote(out)); //$NON-NLS-1$ //$NON-NLS-2$
        return c;
    }

    public static CommandEquivalents delete(String file, KeyRepositoryFormat format, String alias) {
        CommandEquivalents c = new CommandEquivalents();
        if (format == KeyRepositoryFormat.PKCS12) {
            c.add(RUNMQAKM, "runmqakm -cert -delete -db", quote(file), "-pw", PASSWORD, "-label", quote(alias)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        c.add(KEYTOOL, "keytool -delete -keystore", quote(file), "-storetype", storeType(format), "-alias", quote(alias)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return c;
    }

    public static CommandEquivalents rename(String file, KeyRepositoryFormat format, String alias, String newAlias) {
        CommandEquivalents c = new CommandEquivalents();
        if (format == KeyRepositoryFormat.PKCS12) {
            c.add(RUNMQAKM, "runmqakm -cert -rename -db", quote(file), "-pw", PASSWORD, "-label", quote(alias), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "-new_label", quote(newAlias)); //$NON-NLS-1$
        }
        c.add(KEYTOOL, "keytool -changealias -keystore", quote(file), "-storetype", storeType(format), "-alias", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                quote(alias), "-destalias", quote(newAlias)); //$NON-NLS-1$
        return c;
    }

    public static CommandEquivalents changePassword(String file, KeyRepositoryFormat format, boolean stash) {
        CommandEquivalents c = new CommandEquivalents();
        if (format == KeyRepositoryFormat.PKCS12) {
            c.add(RUNMQAKM, "runmqakm -keydb -changepw -db", quote(file), "-pw", PASSWORD, "-new_pw", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "'<new password>'" + (stash ? " -stash" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        c.add(KEYTOOL, "keytool -storepasswd -keystore", quote(file), "-storetype", storeType(format)); //$NON-NLS-1$ //$NON-NLS-2$
        return c;
    }

    public static CommandEquivalents convert(String file, KeyRepositoryFormat from, String out, KeyRepositoryFormat to) {
        CommandEquivalents c = new CommandEquivalents();
        if (from != KeyRepositoryFormat.PEM && to != KeyRepositoryFormat.PEM) {
            c.add(KEYTOOL, "keytool -importkeystore -srckeystore", quote(file), "-srcstoretype", storeType(from), //$NON-NLS-1$ //$NON-NLS-2$
                    "-destkeystore", quote(out), "-deststoretype", storeType(to)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (from == KeyRepositoryFormat.PKCS12 && to == KeyRepositoryFormat.PEM) {
            c.add(OPENSSL, "openssl pkcs12 -in", quote(file), "-out", quote(out)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (from == KeyRepositoryFormat.PEM && to == KeyRepositoryFormat.PKCS12) {
            c.add(OPENSSL, "openssl pkcs12 -export -in", quote(file), "-out", quote(out)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return c;
    }
}
