package org.mqsec.core.zos;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mqsec.core.dn.CertificateName;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.dn.RacfNameFilters;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.ZosMessages;

/**
 * One RACF certificate or key ring change, as a plan holds it and as RACDCERT (or SETROPTS) writes
 * it. The syntax is that of the z/OS Security Server RACF Command Language Reference as IBM's pages
 * and the seed (IBM Z TechBytes, "MQ for z/OS Security 101") show it: GENCERT with SUBJECTSDN,
 * WITHLABEL, SIGNWITH(CERTAUTH LABEL(...)), SIZE, NOTAFTER(DATE(yyyy-mm-dd)), KEYUSAGE and
 * ALTNAME; ADDRING, CONNECT, LISTRING, EXPORT, GENREQ, ADD, MAP with SDNFILTER/IDNFILTER. The
 * key type keyword NISTECC for EC keys and ALTNAME are marked unverified in the reference.
 *
 * <p>Which fields an action uses is said at each factory; the others are empty. The record is what
 * a plan file holds ({@code "racdcert"}), so every field is a string, list or flag.
 *
 * @param action    what the command does
 * @param owner     CERTAUTH or the user ID that owns the certificate (or the ring, or the mapping)
 * @param label     the certificate's (or mapping's) label
 * @param subject   the subject (GENCERT) or the subject filter (MAP), as a DN
 * @param signer    the label of the CERTAUTH certificate that signs; empty for self-signed
 * @param key       rsa2048, rsa3072, rsa4096, ec-p256, ec-p384 or ec-p521
 * @param notAfter  yyyy-mm-dd
 * @param keyUsage  HANDSHAKE, DATAENCRYPT, DOCSIGN, CERTSIGN, KEYAGREE
 * @param hostName  the DNS name (or IP address) in the certificate's subjectAltName; may be empty
 * @param ring      the key ring
 * @param ringOwner who owns the ring (CONNECT)
 * @param usage     PERSONAL, CERTAUTH or SITE (CONNECT)
 * @param isDefault the ring's default certificate (CONNECT)
 * @param dataset   the data set written (EXPORT, GENREQ) or read (ADD, GENCERT of a request)
 * @param format    CERTB64, CERTDER, PKCS7B64, PKCS7DER, PKCS12B64, PKCS12DER (EXPORT)
 * @param issuer    the issuer filter (MAP), as a DN; may be empty
 */
public record KeyRingCommand(Action action, String owner, String label, String subject, String signer, String key, String notAfter,
        List<String> keyUsage, String hostName, String ring, String ringOwner, String usage, boolean isDefault, String dataset,
        String format, String issuer) {

    /** What the command does. */
    public enum Action {
        /** RACDCERT CERTAUTH GENCERT: a CA certificate and key in RACF. */
        CA_CERTIFICATE,
        /** RACDCERT ID(owner) GENCERT: a key and a certificate, signed by a CERTAUTH certificate or self-signed. */
        CERTIFICATE,
        /** RACDCERT ID(owner) GENCERT('request data set'): a certificate for a PKCS#10 request, signed by a CERTAUTH certificate. */
        SIGN_REQUEST,
        /** RACDCERT ID(owner) ADDRING(ring). */
        ADD_RING,
        /** RACDCERT ID(ringOwner) CONNECT(...): a certificate into a ring. */
        CONNECT,
        /** RACDCERT ID(owner) LISTRING(ring). */
        LIST_RING,
        /** RACDCERT ... EXPORT(LABEL(...)) DSN(...) FORMAT(...). */
        EXPORT,
        /** RACDCERT ID(owner) GENREQ(LABEL(...)) DSN(...): a PKCS#10 request for an external CA. */
        REQUEST,
        /** RACDCERT ... ADD('data set') WITHLABEL(...) TRUST: a certificate (a signed reply, or a CA) into RACF. */
        ADD_CERTIFICATE,
        /** RACDCERT ID(owner) MAP SDNFILTER(...) IDNFILTER(...) WITHLABEL(...): certificates of a name run as a user. */
        MAP,
        /** SETROPTS RACLIST(DIGTCERT DIGTRING DIGTNMAP) REFRESH: the changes take effect. */
        REFRESH
    }

    public static final String CERTAUTH = "CERTAUTH"; //$NON-NLS-1$
    public static final String KEY = "ZOS_KEY"; //$NON-NLS-1$
    public static final String WEAK_KEY = "ZOS_WEAK_KEY"; //$NON-NLS-1$
    public static final String DATE = "ZOS_DATE"; //$NON-NLS-1$
    public static final String KEY_USAGE = "ZOS_KEY_USAGE"; //$NON-NLS-1$
    public static final String USAGE = "ZOS_CONNECT_USAGE"; //$NON-NLS-1$
    public static final String FORMAT = "ZOS_EXPORT_FORMAT"; //$NON-NLS-1$
    public static final String EXPORT_PASSWORD = "ZOS_EXPORT_NEEDS_PASSWORD"; //$NON-NLS-1$
    public static final String HOST = "ZOS_HOST_NAME"; //$NON-NLS-1$

    private static final Set<String> KEY_USAGES = Set.of("HANDSHAKE", "DATAENCRYPT", "DOCSIGN", "CERTSIGN", "KEYAGREE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final Set<String> USAGES = Set.of("PERSONAL", "CERTAUTH", "SITE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> FORMATS = Set.of("CERTB64", "CERTDER", "PKCS7B64", "PKCS7DER", "PKCS12B64", "PKCS12DER"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final Set<String> KEYS = Set.of("rsa2048", "rsa3072", "rsa4096", "ec-p256", "ec-p384", "ec-p521"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    public KeyRingCommand {
        keyUsage = keyUsage == null ? List.of() : List.copyOf(keyUsage);
        owner = text(owner);
        label = text(label);
        subject = text(subject);
        signer = text(signer);
        key = text(key);
        notAfter = text(notAfter);
        hostName = text(hostName);
        ring = text(ring);
        ringOwner = text(ringOwner);
        usage = text(usage);
        dataset = text(dataset);
        format = text(format);
        issuer = text(issuer);
    }

    private static String text(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }

    /** A CA certificate and its key in RACF (CERTAUTH), for signing certificates: KEYUSAGE(CERTSIGN). */
    public static KeyRingCommand caCertificate(String label, String subject, String key, LocalDate notAfter) {
        return new KeyRingCommand(Action.CA_CERTIFICATE, CERTAUTH, label, subject, "", key, notAfter.toString(), List.of("CERTSIGN"), //$NON-NLS-1$ //$NON-NLS-2$
                "", "", "", "", false, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    }

    /** A key and certificate owned by {@code owner}, signed by the CERTAUTH certificate {@code signer} (empty: self-signed). */
    public static KeyRingCommand certificate(String owner, String label, String subject, String signer, String key, LocalDate notAfter,
            String hostName) {
        return new KeyRingCommand(Action.CERTIFICATE, owner, label, subject, signer, key, notAfter.toString(), List.of("HANDSHAKE"), //$NON-NLS-1$
                hostName, "", "", "", false, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    /** A certificate for the PKCS#10 request in {@code dataset}, owned by {@code owner}, signed by the CERTAUTH certificate {@code signer}. */
    public static KeyRingCommand signRequest(String owner, String dataset, String label, String signer, LocalDate notAfter) {
        return new KeyRingCommand(Action.SIGN_REQUEST, owner, label, "", signer, "", notAfter.toString(), List.of("HANDSHAKE"), "", "", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "", false, dataset, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static KeyRingCommand addRing(String owner, String ring) {
        return new KeyRingCommand(Action.ADD_RING, owner, "", "", "", "", "", List.of(), "", ring, "", "", false, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
    }

    /** The certificate {@code label} of {@code certificateOwner} (CERTAUTH or a user ID) into {@code ringOwner}'s ring. */
    public static KeyRingCommand connect(String ringOwner, String ring, String certificateOwner, String label, String usage, boolean isDefault) {
        return new KeyRingCommand(Action.CONNECT, certificateOwner, label, "", "", "", "", List.of(), "", ring, ringOwner, usage, isDefault, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static KeyRingCommand listRing(String owner, String ring) {
        return new KeyRingCommand(Action.LIST_RING, owner, "", "", "", "", "", List.of(), "", ring, "", "", false, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
    }

    /** The certificate {@code label} of {@code owner} into {@code dataset} (CERTB64... or PKCS12..., which needs a password given when the job is written). */
    public static KeyRingCommand export(String owner, String label, String dataset, String format) {
        return new KeyRingCommand(Action.EXPORT, owner, label, "", "", "", "", List.of(), "", "", "", "", false, dataset, format, ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    }

    public static KeyRingCommand request(String owner, String label, String dataset) {
        return new KeyRingCommand(Action.REQUEST, owner, label, "", "", "", "", List.of(), "", "", "", "", false, dataset, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    }

    /** A certificate from {@code dataset} into RACF, trusted: the signed reply to a GENREQ (same label), or a CA under CERTAUTH. */
    public static KeyRingCommand addCertificate(String owner, String dataset, String label) {
        return new KeyRingCommand(Action.ADD_CERTIFICATE, owner, label, "", "", "", "", List.of(), "", "", "", "", false, dataset, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    }

    /** Certificates whose subject (and issuer, when given) match run as {@code user}. */
    public static KeyRingCommand map(String user, String subjectFilter, String issuerFilter, String label) {
        return new KeyRingCommand(Action.MAP, user, label, subjectFilter, "", "", "", List.of(), "", "", "", "", false, "", "", issuerFilter); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    }

    public static KeyRingCommand refresh() {
        return new KeyRingCommand(Action.REFRESH, "", "", "", "", "", "", List.of(), "", "", "", "", false, "", "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
    }

    /** One line for lists and plan views. */
    public String describe() {
        String who = CERTAUTH.equalsIgnoreCase(owner) ? CERTAUTH : owner.toUpperCase(Locale.ROOT);
        return switch (action) {
            case CA_CERTIFICATE -> ZosMessages.bind(ZosMessages.Describe_ca, label, subject);
            case CERTIFICATE -> ZosMessages.bind(ZosMessages.Describe_certificate, new Object[] { label, who, subject,
                    signer.isEmpty() ? ZosMessages.Describe_selfSigned : signer });
            case SIGN_REQUEST -> ZosMessages.bind(ZosMessages.Describe_signRequest, new Object[] { dataset, signer, label, who });
            case ADD_RING -> ZosMessages.bind(ZosMessages.Describe_addRing, ring, who);
            case CONNECT -> ZosMessages.bind(ZosMessages.Describe_connect, new Object[] { label, ringOwner.toUpperCase(Locale.ROOT), ring,
                    usage.toUpperCase(Locale.ROOT) + (isDefault ? ", DEFAULT" : "") }); //$NON-NLS-1$ //$NON-NLS-2$
            case LIST_RING -> ZosMessages.bind(ZosMessages.Describe_listRing, ring, who);
            case EXPORT -> ZosMessages.bind(ZosMessages.Describe_export, new Object[] { label, dataset, format.toUpperCase(Locale.ROOT) });
            case REQUEST -> ZosMessages.bind(ZosMessages.Describe_request, label, dataset);
            case ADD_CERTIFICATE -> ZosMessages.bind(ZosMessages.Describe_add, new Object[] { dataset, label, who });
            case MAP -> ZosMessages.bind(ZosMessages.Describe_map, subject, who);
            case REFRESH -> ZosMessages.Describe_refresh;
        };
    }

    /** What keeps the command from being written, or what it would do that is weak (RSA below 3072). */
    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        if (action == Action.REFRESH) {
            return findings;
        }
        if (action == Action.CONNECT) {
            findings.addAll(RacfNames.userId("ringOwner", ringOwner)); //$NON-NLS-1$
        }
        if (!(CERTAUTH.equalsIgnoreCase(owner) && (action == Action.EXPORT || action == Action.ADD_CERTIFICATE || action == Action.CONNECT
                || action == Action.CA_CERTIFICATE))) {
            findings.addAll(RacfNames.userId("owner", owner)); //$NON-NLS-1$
        }
        switch (action) {
            case CA_CERTIFICATE, CERTIFICATE -> {
                findings.addAll(RacfNames.label("label", label)); //$NON-NLS-1$
                findings.addAll(subjectFindings());
                findings.addAll(keyFindings());
                findings.addAll(dateFindings());
                findings.addAll(keyUsageFindings());
                if (!signer.isEmpty()) {
                    findings.addAll(RacfNames.label("signer", signer)); //$NON-NLS-1$
                }
                if (!hostName.isEmpty() && !hostName.matches("[A-Za-z0-9.:*-]{1,253}")) { //$NON-NLS-1$
                    findings.add(Finding.error(HOST, "hostName", ZosMessages.bind(ZosMessages.Command_host, RacfNames.shown(hostName)), //$NON-NLS-1$
                            ZosMessages.Command_hostFix));
                }
            }
            case SIGN_REQUEST -> {
                findings.addAll(RacfNames.label("label", label)); //$NON-NLS-1$
                findings.addAll(RacfNames.label("signer", signer)); //$NON-NLS-1$
                findings.addAll(RacfNames.dataset("dataset", dataset)); //$NON-NLS-1$
                findings.addAll(dateFindings());
                findings.addAll(keyUsageFindings());
            }
            case ADD_RING, LIST_RING -> findings.addAll(RacfNames.ring("ring", ring)); //$NON-NLS-1$
            case CONNECT -> {
                findings.addAll(RacfNames.ring("ring", ring)); //$NON-NLS-1$
                findings.addAll(RacfNames.label("label", label)); //$NON-NLS-1$
                if (!USAGES.contains(usage.toUpperCase(Locale.ROOT))) {
                    findings.add(Finding.error(USAGE, "usage", ZosMessages.bind(ZosMessages.Command_usage, RacfNames.shown(usage)), //$NON-NLS-1$
                            ZosMessages.Command_usageFix));
                }
            }
            case EXPORT -> {
                findings.addAll(RacfNames.label("label", label)); //$NON-NLS-1$
                findings.addAll(RacfNames.dataset("dataset", dataset)); //$NON-NLS-1$
                if (!FORMATS.contains(format.toUpperCase(Locale.ROOT))) {
                    findings.add(Finding.error(FORMAT, "format", ZosMessages.bind(ZosMessages.Command_format, RacfNames.shown(format)), //$NON-NLS-1$
                            ZosMessages.Command_formatFix));
                }
            }
            case REQUEST, ADD_CERTIFICATE -> {
                findings.addAll(RacfNames.label("label", label)); //$NON-NLS-1$
                findings.addAll(RacfNames.dataset("dataset", dataset)); //$NON-NLS-1$
            }
            case MAP -> {
                findings.addAll(RacfNames.label("label", label)); //$NON-NLS-1$
                findings.addAll(filter(subject).findings());
                if (!issuer.isEmpty()) {
                    findings.addAll(filter(issuer).findings());
                }
            }
            default -> {
                // REFRESH: nothing to check
            }
        }
        return findings;
    }

    /** Whether the job needs a password for this command: a PKCS#12 export. */
    public boolean needsPassword() {
        return action == Action.EXPORT && format.toUpperCase(Locale.ROOT).startsWith("PKCS12"); //$NON-NLS-1$
    }

    /**
     * The TSO command, on one line.
     *
     * @param password for a PKCS#12 export, the password RACF protects the file with; written into the
     *                 command only then, and only because the caller asked for it
     * @throws IllegalArgumentException with the first error of {@link #check()}
     */
    public String render(char[] password) {
        List<Finding> findings = check();
        if (needsPassword() && (password == null || password.length == 0)) {
            findings.add(Finding.error(EXPORT_PASSWORD, "format", ZosMessages.bind(ZosMessages.Command_exportPassword, label), //$NON-NLS-1$
                    ZosMessages.Command_exportPasswordFix));
        }
        for (Finding finding : findings) {
            if (finding.severity() == org.mqsec.core.findings.Severity.ERROR) {
                throw new IllegalArgumentException(finding.message() + ' ' + finding.fix());
            }
        }
        String who = CERTAUTH.equalsIgnoreCase(owner) ? CERTAUTH : "ID(" + RacfNames.upper(owner) + ')'; //$NON-NLS-1$
        StringBuilder command = new StringBuilder("RACDCERT ").append(who).append(' '); //$NON-NLS-1$
        switch (action) {
            case CA_CERTIFICATE, CERTIFICATE -> {
                command.append("GENCERT ").append(RacfSubjects.render(subjectName()).text()); //$NON-NLS-1$
                command.append(" WITHLABEL(").append(Tso.quoted(label)).append(')'); //$NON-NLS-1$
                if (!signer.isEmpty()) {
                    command.append(" SIGNWITH(CERTAUTH LABEL(").append(Tso.quoted(signer)).append("))"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                String id = key.toLowerCase(Locale.ROOT);
                command.append(id.startsWith("ec") ? " NISTECC SIZE(" : " SIZE(").append(id.replaceAll("\\D", "")).append(')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                command.append(" NOTAFTER(DATE(").append(notAfter).append("))"); //$NON-NLS-1$ //$NON-NLS-2$
                command.append(" KEYUSAGE(").append(String.join(" ", upper(keyUsage))).append(')'); //$NON-NLS-1$ //$NON-NLS-2$
                if (!hostName.isEmpty()) {
                    boolean ip = hostName.matches("[0-9.]+|.*:.*"); //$NON-NLS-1$
                    command.append(ip ? " ALTNAME(IP(" + hostName + "))" : " ALTNAME(DOMAIN(" + Tso.quoted(hostName) + "))"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
            }
            case SIGN_REQUEST -> command.append("GENCERT(").append(Tso.quoted(RacfNames.upper(dataset))).append(") WITHLABEL(") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Tso.quoted(label)).append(") SIGNWITH(CERTAUTH LABEL(").append(Tso.quoted(signer)).append(")) NOTAFTER(DATE(") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(notAfter).append(")) KEYUSAGE(").append(String.join(" ", upper(keyUsage))).append(')'); //$NON-NLS-1$ //$NON-NLS-2$
            case ADD_RING -> command.append("ADDRING(").append(ring).append(')'); //$NON-NLS-1$
            case CONNECT -> {
                command.setLength(0);
                command.append("RACDCERT ID(").append(RacfNames.upper(ringOwner)).append(") CONNECT(").append(who).append(" LABEL(") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(Tso.quoted(label)).append(") RING(").append(ring).append(") USAGE(").append(usage.toUpperCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$
                        .append(')').append(isDefault ? " DEFAULT" : "").append(')'); //$NON-NLS-1$ //$NON-NLS-2$
            }
            case LIST_RING -> command.append("LISTRING(").append(ring).append(')'); //$NON-NLS-1$
            case EXPORT -> {
                command.append("EXPORT(LABEL(").append(Tso.quoted(label)).append(")) DSN(").append(Tso.quoted(RacfNames.upper(dataset))) //$NON-NLS-1$ //$NON-NLS-2$
                        .append(") FORMAT(").append(format.toUpperCase(Locale.ROOT)).append(')'); //$NON-NLS-1$
                if (needsPassword()) {
                    command.append(" PASSWORD(").append(Tso.quoted(new String(password))).append(')'); //$NON-NLS-1$
                }
            }
            case REQUEST -> command.append("GENREQ(LABEL(").append(Tso.quoted(label)).append(")) DSN(") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Tso.quoted(RacfNames.upper(dataset))).append(')');
            case ADD_CERTIFICATE -> command.append("ADD(").append(Tso.quoted(RacfNames.upper(dataset))).append(") WITHLABEL(") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(Tso.quoted(label)).append(") TRUST"); //$NON-NLS-1$
            case MAP -> {
                command.append("MAP SDNFILTER(").append(Tso.quoted(filter(subject).text())).append(')'); //$NON-NLS-1$
                if (!issuer.isEmpty()) {
                    command.append(" IDNFILTER(").append(Tso.quoted(filter(issuer).text())).append(')'); //$NON-NLS-1$
                }
                command.append(" WITHLABEL(").append(Tso.quoted(label)).append(')'); //$NON-NLS-1$
            }
            case REFRESH -> {
                command.setLength(0);
                command.append("SETROPTS RACLIST(DIGTCERT DIGTRING DIGTNMAP) REFRESH"); //$NON-NLS-1$
            }
        }
        return command.toString();
    }

    private CertificateName subjectName() {
        return DistinguishedName.parse(subject).name();
    }

    private List<Finding> subjectFindings() {
        DistinguishedName name = DistinguishedName.parse(subject);
        List<Finding> findings = new ArrayList<>(name.subjectFindings().stream().filter(f -> f.severity() == org.mqsec.core.findings.Severity.ERROR)
                .toList());
        if (findings.isEmpty()) {
            findings.addAll(RacfSubjects.render(name.name()).findings());
        }
        return findings;
    }

    private static RacfNameFilters.Rendering filter(String dn) {
        DistinguishedName name = DistinguishedName.parse(dn);
        List<Finding> errors = name.findings().stream().filter(f -> f.severity() == org.mqsec.core.findings.Severity.ERROR).toList();
        return errors.isEmpty() ? RacfNameFilters.render(name.name()) : new RacfNameFilters.Rendering(null, errors);
    }

    private List<Finding> keyFindings() {
        String id = key.toLowerCase(Locale.ROOT);
        if (!KEYS.contains(id)) {
            return List.of(Finding.error(KEY, "key", ZosMessages.bind(ZosMessages.Command_key, RacfNames.shown(key)), ZosMessages.Command_keyFix)); //$NON-NLS-1$
        }
        if (id.equals("rsa2048")) { //$NON-NLS-1$
            return List.of(Finding.warning(WEAK_KEY, "key", ZosMessages.bind(ZosMessages.Command_weakKey, key), ZosMessages.Command_weakKeyFix)); //$NON-NLS-1$
        }
        return List.of();
    }

    private List<Finding> dateFindings() {
        try {
            LocalDate.parse(notAfter);
            return List.of();
        } catch (DateTimeParseException e) {
            return List.of(Finding.error(DATE, "notAfter", ZosMessages.bind(ZosMessages.Command_date, RacfNames.shown(notAfter)), //$NON-NLS-1$
                    ZosMessages.Command_dateFix));
        }
    }

    private List<Finding> keyUsageFindings() {
        List<Finding> findings = new ArrayList<>();
        for (String value : keyUsage) {
            if (!KEY_USAGES.contains(value.toUpperCase(Locale.ROOT))) {
                findings.add(Finding.error(KEY_USAGE, "keyUsage", ZosMessages.bind(ZosMessages.Command_keyUsage, RacfNames.shown(value)), //$NON-NLS-1$
                        ZosMessages.Command_keyUsageFix));
            }
        }
        return findings;
    }

    private static List<String> upper(List<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
    }
}
