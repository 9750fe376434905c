package org.mqsec.core.chlauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.Messages;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.mqsc.MqscCommand;
import org.mqsec.core.tls.QueueManagerPlatform;

/**
 * One channel authentication record with every attribute IBM MQ 9.4 defines (SET CHLAUTH; rules in
 * shared/reference/mq-security.md 2.3). Absent text attributes are "", absent lists empty. USERSRC,
 * CHCKCLNT and WARN hold MQ's defaults (MAP, ASQMGR, NO) when not given.
 */
public record ChlauthRecord(String profile, ChlauthType type, List<String> userList, List<String> addressList,
        String address, String sslPeer, String sslCertIssuer, String clientUser, String queueManagerName,
        String userSource, String mcaUser, String checkClient, boolean warn, String description, String custom) {


    public ChlauthRecord {
        userList = List.copyOf(userList);
        addressList = List.copyOf(addressList);
    }

    /** The record as explanations and findings name it: type, profile and the attributes it matches on. */
    public String describe() {
        return type + " '" + profile + "'" //$NON-NLS-1$ //$NON-NLS-2$
                + (address.isEmpty() ? "" : " ADDRESS(" + address + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (sslPeer.isEmpty() ? "" : " SSLPEER(" + sslPeer + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (clientUser.isEmpty() ? "" : " CLNTUSER(" + clientUser + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (queueManagerName.isEmpty() ? "" : " QMNAME(" + queueManagerName + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Whether {@code other} names the same record on the queue manager: profile, type and the
     * attributes a record is matched on. SET CHLAUTH ... ACTION(ADD) of such a record fails
     * (MQRCCF_CHLAUTH_ALREADY_EXISTS); ACTION(REPLACE) replaces it.
     */
    public boolean sameRecordAs(ChlauthRecord other) {
        return profile.equals(other.profile) && type == other.type && address.equalsIgnoreCase(other.address)
                && sslPeer.equalsIgnoreCase(other.sslPeer) && sslCertIssuer.equalsIgnoreCase(other.sslCertIssuer)
                && clientUser.equals(other.clientUser) && queueManagerName.equals(other.queueManagerName);
    }

    /** This record with another DESCR. */
    public ChlauthRecord withDescription(String newDescription) {
        return new ChlauthRecord(profile, type, userList, addressList, address, sslPeer, sslCertIssuer, clientUser,
                queueManagerName, userSource, mcaUser, checkClient, warn, newDescription, custom);
    }

    /** The record as SET CHLAUTH with every string quoted; ACTION(REPLACE) makes re-running it safe. */
    public MqscCommand toMqsc() {
        return toMqsc(ChlauthAction.REPLACE);
    }

    /**
     * The record as SET CHLAUTH with {@code action}: REMOVE names the record by profile, type and the
     * attributes it matches on; REMOVEALL by profile and type only.
     */
    public MqscCommand toMqsc(ChlauthAction action) {
        MqscCommand full = toMqscAttributes();
        if (!action.identityOnly()) {
            return full.keyword("ACTION", action.name()); //$NON-NLS-1$
        }
        MqscCommand identity = MqscCommand.of("SET", "CHLAUTH", profile).keyword("TYPE", type.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (action == ChlauthAction.REMOVE) {
            for (String keyword : IDENTITY) {
                full.value(keyword).ifPresent(value -> identity.string(keyword, value));
            }
        }
        return identity.keyword("ACTION", action.name()); //$NON-NLS-1$
    }

    /** The attributes a record is matched on (what names one record for ACTION(REMOVE)), in MQSC's order. */
    public static final List<String> IDENTITY = List.of("SSLPEER", "SSLCERTI", "CLNTUSER", "QMNAME", "ADDRESS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private MqscCommand toMqscAttributes() {
        MqscCommand command = MqscCommand.of("SET", "CHLAUTH", profile).keyword("TYPE", type.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!userList.isEmpty()) {
            command.string("USERLIST", userList.toArray(String[]::new)); //$NON-NLS-1$
        }
        if (!addressList.isEmpty()) {
            command.string("ADDRLIST", addressList.toArray(String[]::new)); //$NON-NLS-1$
        }
        stringIfSet(command, "SSLPEER", sslPeer); //$NON-NLS-1$
        stringIfSet(command, "SSLCERTI", sslCertIssuer); //$NON-NLS-1$
        stringIfSet(command, "CLNTUSER", clientUser); //$NON-NLS-1$
        stringIfSet(command, "QMNAME", queueManagerName); //$NON-NLS-1$
        stringIfSet(command, "ADDRESS", address); //$NON-NLS-1$
        if (type.isMapping()) {
            command.keyword("USERSRC", userSource); //$NON-NLS-1$
            stringIfSet(command, "MCAUSER", mcaUser); //$NON-NLS-1$
            if (!"NOACCESS".equals(userSource) && type != ChlauthType.QMGRMAP) { //$NON-NLS-1$
                command.keyword("CHCKCLNT", checkClient); //$NON-NLS-1$
            }
        }
        if (type == ChlauthType.BLOCKUSER || type == ChlauthType.BLOCKADDR || "NOACCESS".equals(userSource)) { //$NON-NLS-1$
            command.keyword("WARN", warn ? "YES" : "NO"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        stringIfSet(command, "DESCR", description); //$NON-NLS-1$
        stringIfSet(command, "CUSTOM", custom); //$NON-NLS-1$
        return command;
    }

    private static void stringIfSet(MqscCommand command, String keyword, String value) {
        if (value != null && !value.isEmpty()) {
            command.string(keyword, value);
        }
    }

    /**
     * A record from a SET CHLAUTH command or a DISPLAY CHLAUTH record. Unknown keywords and missing
     * or misplaced attributes are findings (with the input's line), never silently dropped.
     */
    public static Parsed from(MqscCommand command) {
        List<Finding> findings = new ArrayList<>();
        String where = Messages.bind(Messages.Chlauth_where, command.line(), command.name());
        ChlauthType type;
        try {
            type = ChlauthType.valueOf(command.value("TYPE").orElse("").toUpperCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            findings.add(Finding.error(Messages.bind(Messages.Chlauth_badType, where, command.value("TYPE").orElse("")), //$NON-NLS-1$ //$NON-NLS-2$
                    Messages.Chlauth_badTypeFix));
            return new Parsed(null, findings);
        }
        for (String keyword : command.parameters().keySet()) {
            if (!KNOWN.contains(keyword)) {
                findings.add(Finding.error(Messages.bind(Messages.Chlauth_unknownKeyword, where, keyword),
                        Messages.Chlauth_unknownKeywordFix));
            }
        }
        String userSource = upper(command.value("USERSRC").orElse("MAP")); //$NON-NLS-1$ //$NON-NLS-2$
        ChlauthRecord record = new ChlauthRecord(command.name(), type, list(command.values("USERLIST")), //$NON-NLS-1$
                list(command.values("ADDRLIST")), blankIfDefault(command.value("ADDRESS").orElse("")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                command.value("SSLPEER").orElse(""), command.value("SSLCERTI").orElse(""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                command.value("CLNTUSER").orElse(""), command.value("QMNAME").orElse(""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                type.isMapping() ? userSource : "", command.value("MCAUSER").orElse(""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                upper(command.value("CHCKCLNT").orElse("ASQMGR")), //$NON-NLS-1$ //$NON-NLS-2$
                "YES".equalsIgnoreCase(command.value("WARN").orElse("NO")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                command.value("DESCR").orElse(""), blankIfDefault(command.value("CUSTOM").orElse(""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        findings.addAll(record.validate(where));
        return new Parsed(record, findings);
    }

    /** A record read from input and what is wrong with it (the record is null if it could not be read). */
    public record Parsed(ChlauthRecord record, List<Finding> findings) {
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.of("TYPE", "USERLIST", "ADDRLIST", "ADDRESS", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "SSLPEER", "SSLCERTI", "CLNTUSER", "QMNAME", "USERSRC", "MCAUSER", "CHCKCLNT", "WARN", "DESCR", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "CUSTOM", "ACTION", "ALTDATE", "ALTTIME", "CMDSCOPE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /** DISPLAY prints lists unquoted in one value (USERLIST(a,b)); scripts give one value each. */
    private static List<String> list(List<String> values) {
        List<String> items = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) { //$NON-NLS-1$
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    /** DISPLAY prints unset text attributes as a single blank: CUSTOM( ). */
    private static String blankIfDefault(String value) {
        return value.isBlank() ? "" : value; //$NON-NLS-1$
    }

    /** The rules SET CHLAUTH enforces, so that a record that MQ would refuse is caught first. */
    public List<Finding> validate(String where) {
        List<Finding> findings = new ArrayList<>();
        if (profile.isEmpty()) {
            findings.add(Finding.error(Messages.bind(Messages.Chlauth_profileLength, where,
                    MqAttribute.CHLAUTH_PROFILE.maximumLength()), "")); //$NON-NLS-1$
        }
        attributes(findings, where);
        if (type == ChlauthType.BLOCKADDR && !"*".equals(profile)) { //$NON-NLS-1$
            findings.add(Finding.error(Messages.bind(Messages.Chlauth_blockaddrProfile, where), Messages.Chlauth_blockaddrProfileFix));
        }
        require(findings, where, type == ChlauthType.BLOCKUSER, !userList.isEmpty(), "USERLIST"); //$NON-NLS-1$
        require(findings, where, type == ChlauthType.BLOCKADDR, !addressList.isEmpty(), "ADDRLIST"); //$NON-NLS-1$
        require(findings, where, type == ChlauthType.SSLPEERMAP, !sslPeer.isEmpty(), "SSLPEER"); //$NON-NLS-1$
        require(findings, where, type == ChlauthType.ADDRESSMAP, !address.isEmpty(), "ADDRESS"); //$NON-NLS-1$
        require(findings, where, type == ChlauthType.USERMAP, !clientUser.isEmpty(), "CLNTUSER"); //$NON-NLS-1$
        require(findings, where, type == ChlauthType.QMGRMAP, !queueManagerName.isEmpty(), "QMNAME"); //$NON-NLS-1$
        notAllowed(findings, where, type != ChlauthType.BLOCKUSER && !userList.isEmpty(), "USERLIST"); //$NON-NLS-1$
        notAllowed(findings, where, type != ChlauthType.BLOCKADDR && !addressList.isEmpty(), "ADDRLIST"); //$NON-NLS-1$
        notAllowed(findings, where, type != ChlauthType.SSLPEERMAP && !(sslPeer.isEmpty() && sslCertIssuer.isEmpty()), "SSLPEER/SSLCERTI"); //$NON-NLS-1$
        notAllowed(findings, where, type != ChlauthType.USERMAP && !clientUser.isEmpty(), "CLNTUSER"); //$NON-NLS-1$
        notAllowed(findings, where, type != ChlauthType.QMGRMAP && !queueManagerName.isEmpty(), "QMNAME"); //$NON-NLS-1$
        notAllowed(findings, where, !type.isMapping() && !address.isEmpty(), "ADDRESS"); //$NON-NLS-1$
        if (type.isMapping()) {
            if (!List.of("MAP", "NOACCESS", "CHANNEL").contains(userSource)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                findings.add(Finding.error(Messages.bind(Messages.Chlauth_badUserSource, where, userSource), ""));
            } else if ("MAP".equals(userSource) && mcaUser.isEmpty()) { //$NON-NLS-1$
                findings.add(Finding.error(Messages.bind(Messages.Chlauth_mapNeedsMcauser, where), Messages.Chlauth_mapNeedsMcauserFix));
            }
            if (mcaUser.length() > MqAttribute.MCAUSER_LENGTH_UNIX
                    && mcaUser.length() <= MqAttribute.CHLAUTH_MCAUSER.maximumLength()) {
                findings.add(Finding.warning(Messages.bind(Messages.Chlauth_mcauserUnix, where, MqAttribute.MCAUSER_LENGTH_UNIX), ""));
            }
        }
        if (!List.of("ASQMGR", "REQUIRED", "REQDADM").contains(checkClient)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            findings.add(Finding.error(Messages.bind(Messages.Chlauth_badCheckClient, where, checkClient), ""));
        }
        addressFindings(findings, where, "ADDRESS", List.of(address)); //$NON-NLS-1$
        addressFindings(findings, where, "ADDRLIST", addressList); //$NON-NLS-1$
        return findings;
    }

    /** Every string attribute against MQ's length and character rules (one table: {@link MqAttribute}). */
    private void attributes(List<Finding> findings, String where) {
        QueueManagerPlatform platform = QueueManagerPlatform.MULTIPLATFORMS;
        findings.addAll(MqAttribute.CHLAUTH_PROFILE.check(profile, platform, where));
        userList.forEach(user -> findings.addAll(MqAttribute.CHLAUTH_USERLIST.check(user, platform, where)));
        addressList.forEach(a -> findings.addAll(MqAttribute.CHLAUTH_ADDRLIST.check(a, platform, where)));
        findings.addAll(MqAttribute.CHLAUTH_ADDRESS.check(address, platform, where));
        findings.addAll(MqAttribute.CHLAUTH_SSLPEER.check(sslPeer, platform, where));
        findings.addAll(MqAttribute.SSLCERTI.check(sslCertIssuer, platform, where));
        findings.addAll(MqAttribute.CLNTUSER.check(clientUser, platform, where));
        findings.addAll(MqAttribute.CHLAUTH_QMNAME.check(queueManagerName, platform, where));
        findings.addAll(MqAttribute.CHLAUTH_MCAUSER.check(mcaUser, platform, where));
        findings.addAll(MqAttribute.CHLAUTH_DESCR.check(description, platform, where));
        findings.addAll(MqAttribute.CUSTOM.check(custom, platform, where));
    }

    private static void addressFindings(List<Finding> findings, String where, String keyword, List<String> patterns) {
        for (String pattern : patterns) {
            String problem = ChlauthPatterns.addressProblem(pattern);
            if (problem != null) {
                findings.add(Finding.error(Messages.bind(Messages.Chlauth_badAddress, new Object[] { where, keyword, pattern, problem }),
                        Messages.Chlauth_badAddressFix));
            }
        }
    }

    private void require(List<Finding> findings, String where, boolean applies, boolean present, String attribute) {
        if (applies && !present) {
            findings.add(Finding.error(Messages.bind(Messages.Chlauth_missing, new Object[] { where, type, attribute }),
                    Messages.bind(Messages.Chlauth_missingFix, attribute)));
        }
    }

    private void notAllowed(List<Finding> findings, String where, boolean wrong, String attribute) {
        if (wrong) {
            findings.add(Finding.error(Messages.bind(Messages.Chlauth_notAllowed, new Object[] { where, attribute, type }),
                    Messages.Chlauth_notAllowedFix));
        }
    }
}
