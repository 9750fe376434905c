package org.mqsec.core.chlauth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mqsec.core.chlauth.ChlauthPatterns.AddressPattern;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.dn.DnAttribute;
import org.mqsec.core.internal.Messages;

/**
 * DISPLAY CHLAUTH ... MATCH(RUNCHECK), offline: which record applies to an inbound connection, the
 * user it runs as or why it is blocked, and why every other candidate lost. Order (IBM MQ "Channel
 * authentication records", mq-security.md 2.4): BLOCKADDR at the listener; then among the mapping
 * records whose profile and criteria match, the most specific profile, then SSLPEERMAP over
 * USERMAP/QMGRMAP over ADDRESSMAP, then the most specific pattern; then the resulting user against
 * the BLOCKUSER record of the most specific matching profile (SVRCONN only). Where IBM gives no
 * ranking (two generic profiles, two patterns), see {@link ChlauthPatterns}.
 */
public final class RuncheckSimulator {

    public enum Result {
        ALLOWED, BLOCKED
    }

    /**
     * An inbound connection. {@code clientUser} is set for SVRCONN channels (the asserted user),
     * {@code remoteQueueManager} for queue manager channels; the DNs are empty without TLS.
     */
    public record Connection(String channel, String address, String clientUser, String remoteQueueManager,
            String sslPeer, String sslIssuer) {
        boolean svrconn() {
            return remoteQueueManager == null || remoteQueueManager.isEmpty();
        }
    }

    /**
     * The outcome: the record that decided (null if none did) and the reasoning, in order. The
     * reasoning is worked out again, with its text, only when asked for: deciding is what has to be
     * fast, explaining is for the person who reads one decision.
     */
    public static final class Decision {
        private final Result result;
        private final String mcaUser;
        private final ChlauthRecord record;
        private final RuncheckSimulator simulator;
        private final Connection connection;
        private List<String> explanation;

        Decision(Result result, String mcaUser, ChlauthRecord record, RuncheckSimulator simulator, Connection connection,
                List<String> explanation) {
            this.result = result;
            this.mcaUser = mcaUser;
            this.record = record;
            this.simulator = simulator;
            this.connection = connection;
            this.explanation = explanation == null ? null : List.copyOf(explanation);
        }

        public Result result() {
            return result;
        }

        /** The user the channel runs as; empty when it runs as the channel's own MCAUSER. */
        public String mcaUser() {
            return mcaUser;
        }

        public ChlauthRecord record() {
            return record;
        }

        public synchronized List<String> explanation() {
            if (explanation == null) {
                explanation = simulator.decide(connection, new ArrayList<>()).explanation;
            }
            return explanation;
        }
    }

    /**
     * What the simulator works out once per record instead of once per connection: specificities
     * and the parsed DN filters.
     */
    private record Compiled(ChlauthRecord record, int profileSpecificity, int typeRank, int patternSpecificity,
            AddressPattern address, List<AddressPattern> addressList, Map<DnAttribute, List<String>> peer,
            Map<DnAttribute, List<String>> issuer) {
        static Compiled of(ChlauthRecord record) {
            boolean peerMap = record.type() == ChlauthType.SSLPEERMAP;
            return new Compiled(record, ChlauthPatterns.profileSpecificity(record.profile()), RuncheckSimulator.typeRank(record),
                    RuncheckSimulator.patternSpecificity(record),
                    record.address().isEmpty() ? null : AddressPattern.compile(record.address()),
                    record.addressList().stream().map(AddressPattern::compile).toList(),
                    peerMap ? dnValues(record.sslPeer()) : null,
                    peerMap && !record.sslCertIssuer().isEmpty() ? dnValues(record.sslCertIssuer()) : null);
        }
    }

    private static Map<DnAttribute, List<String>> dnValues(String dn) {
        return ChlauthPatterns.valuesByAttribute(DistinguishedName.parse(dn));
    }

    /**
     * What the simulator works out once per connection: its IPv4 address parts, and its DNs when
     * the first SSLPEERMAP candidate needs them.
     */
    private static final class Parsed {
        private final Connection connection;
        private final int[] ipv4;
        private Map<DnAttribute, List<String>> peer;
        private Map<DnAttribute, List<String>> issuer;

        Parsed(Connection connection) {
            this.connection = connection;
            this.ipv4 = ChlauthPatterns.ipv4(nullToEmpty(connection.address()));
        }

        boolean addressMatches(AddressPattern pattern) {
            return pattern.matches(nullToEmpty(connection.address()), ipv4);
        }

        Map<DnAttribute, List<String>> peer() {
            if (peer == null) {
                peer = dnValues(connection.sslPeer());
            }
            return peer;
        }

        Map<DnAttribute, List<String>> issuer() {
            if (issuer == null) {
                issuer = dnValues(nullToEmpty(connection.sslIssuer()));
            }
            return issuer;
        }
    }

    /** Stands for "does not match" when no explanation is being written. */
    private static final String MISMATCH = "mismatch"; //$NON-NLS-1$

    private static final Comparator<Compiled> PRECEDENCE = Comparator.comparingInt(Compiled::profileSpecificity)
            .thenComparingInt(Compiled::typeRank).thenComparingInt(Compiled::patternSpecificity);

    private final Compiled[] records;
    private final Set<String> privilegedUsers;
    /** Indexes into {@link #records}, ascending, so that candidates keep the order they were given in. */
    private final int[] blockAddress;
    private final int[] genericProfiles;
    private final Map<String, int[]> explicitProfiles;

    /**
     * The users *MQADMIN stands for when nobody says otherwise: mqm and root on Linux and UNIX. The
     * queue manager's own list (members of mqm, Administrators...) cannot be looked up offline.
     */
    public static final Set<String> DEFAULT_PRIVILEGED_USERS = Set.of("mqm", "root"); //$NON-NLS-1$ //$NON-NLS-2$

    /** The privileged users from a comma-separated list as typed: each trimmed, lower case, blanks left out. */
    public static Set<String> privilegedUsers(String commaSeparated) {
        return Stream.of(commaSeparated.split(",")).map(String::strip).filter(u -> !u.isEmpty()) //$NON-NLS-1$
                .map(u -> u.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param privilegedUsers the users *MQADMIN stands for on the queue manager's system (members of
     *                        mqm, Administrators...); the simulator cannot look them up itself
     */
    public RuncheckSimulator(List<ChlauthRecord> records, Set<String> privilegedUsers) {
        this.records = records.stream().map(Compiled::of).toArray(Compiled[]::new);
        this.privilegedUsers = privilegedUsers;
        List<Integer> blockAddress = new ArrayList<>();
        List<Integer> generic = new ArrayList<>();
        Map<String, List<Integer>> explicit = new HashMap<>();
        for (int i = 0; i < this.records.length; i++) {
            ChlauthRecord record = this.records[i].record();
            if (record.type() == ChlauthType.BLOCKADDR) {
                blockAddress.add(i);
            } else if (record.profile().indexOf('*') >= 0) {
                generic.add(i);
            } else {
                explicit.computeIfAbsent(record.profile().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
            }
        }
        this.blockAddress = blockAddress.stream().mapToInt(Integer::intValue).toArray();
        this.genericProfiles = generic.stream().mapToInt(Integer::intValue).toArray();
        this.explicitProfiles = new HashMap<>();
        explicit.forEach((profile, list) -> explicitProfiles.put(profile, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * The records whose profile can match the channel, in their given order: those with the
     * channel's own name and the generic ones. A lookup, so that a thousand records on other
     * channels cost nothing; {@link ChlauthPatterns#profileMatches} still decides.
     */
    private List<Compiled> candidates(String channel) {
        int[] own = explicitProfiles.getOrDefault(nullToEmpty(channel).toUpperCase(Locale.ROOT), new int[0]);
        List<Compiled> candidates = new ArrayList<>(own.length + genericProfiles.length);
        int a = 0;
        int b = 0;
        while (a < own.length || b < genericProfiles.length) {
            boolean takeOwn = b >= genericProfiles.length || (a < own.length && own[a] < genericProfiles[b]);
            Compiled record = records[takeOwn ? own[a++] : genericProfiles[b++]];
            if (ChlauthPatterns.profileMatches(record.record().profile(), channel)) {
                candidates.add(record);
            }
        }
        return candidates;
    }

    /** The decision for a connection; its explanation is written when first asked for. */
    public Decision evaluate(Connection connection) {
        return decide(connection, null);
    }

    /** @param why where the explanation goes, or null to decide without one */
    private Decision decide(Connection connection, List<String> why) {
        boolean explain = why != null;
        Parsed parsed = new Parsed(connection);
        for (int index : blockAddress) {
            ChlauthRecord record = records[index].record();
            for (AddressPattern compiled : records[index].addressList()) {
                String pattern = compiled.text();
                if (parsed.addressMatches(compiled)) {
                    if (record.warn()) {
                        if (explain) {
                            why.add(Messages.bind(Messages.Runcheck_blockaddrWarn, pattern, connection.address()));
                        }
                    } else {
                        if (explain) {
                            why.add(Messages.bind(Messages.Runcheck_blockaddr, pattern, connection.address()));
                        }
                        return decision(Result.BLOCKED, "", record, connection, why); //$NON-NLS-1$
                    }
                }
            }
        }
        List<Compiled> candidates = candidates(connection.channel());
        List<Compiled> matching = new ArrayList<>(candidates.size());
        for (Compiled record : candidates) {
            if (!record.record().type().isMapping()) {
                continue;
            }
            String mismatch = mismatch(record, connection, parsed, explain);
            if (mismatch == null) {
                matching.add(record);
            } else if (explain) {
                why.add(Messages.bind(Messages.Runcheck_noMatch, record.record().describe(), mismatch));
            }
        }
        Compiled best = null;
        for (Compiled record : matching) {
            if (best == null || PRECEDENCE.compare(record, best) > 0) {
                best = record;
            }
        }
        ChlauthRecord chosen = best == null ? null : best.record();
        if (explain) {
            for (Compiled other : matching) {
                if (other != best) {
                    why.add(Messages.bind(Messages.Runcheck_lost, other.record().describe(), lostBecause(other, best)));
                }
            }
        }
        String user;
        if (chosen == null) {
            user = connection.svrconn() ? nullToEmpty(connection.clientUser()) : ""; //$NON-NLS-1$
            if (explain) {
                why.add(Messages.Runcheck_noMapping);
            }
        } else {
            if (explain) {
                why.add(Messages.bind(Messages.Runcheck_chosen, chosen.describe()));
            }
            switch (chosen.userSource()) {
                case "NOACCESS" -> { //$NON-NLS-1$
                    if (!chosen.warn()) {
                        if (explain) {
                            why.add(Messages.Runcheck_noAccess);
                        }
                        return decision(Result.BLOCKED, "", chosen, connection, why); //$NON-NLS-1$
                    }
                    if (explain) {
                        why.add(Messages.Runcheck_noAccessWarn);
                    }
                    user = connection.svrconn() ? nullToEmpty(connection.clientUser()) : ""; //$NON-NLS-1$
                }
                case "CHANNEL" -> user = connection.svrconn() ? nullToEmpty(connection.clientUser()) : ""; //$NON-NLS-1$
                default -> user = chosen.mcaUser();
            }
        }
        if (connection.svrconn()) {
            Decision blocked = blockUser(candidates, user, connection, why);
            if (blocked != null) {
                return blocked;
            }
        }
        if (explain) {
            why.add(user.isEmpty() ? Messages.Runcheck_runsAsChannel : Messages.bind(Messages.Runcheck_runsAs, user));
        }
        return decision(Result.ALLOWED, user, chosen, connection, why);
    }

    private Decision decision(Result result, String user, ChlauthRecord record, Connection connection, List<String> why) {
        return new Decision(result, user, record, this, connection, why);
    }

    /** BLOCKUSER of the most specific matching profile (a per-channel record overrides the '*' one). */
    private Decision blockUser(List<Compiled> candidates, String user, Connection connection, List<String> why) {
        Compiled blocking = null;
        for (Compiled record : candidates) {
            if (record.record().type() == ChlauthType.BLOCKUSER
                    && (blocking == null || record.profileSpecificity() > blocking.profileSpecificity())) {
                blocking = record;
            }
        }
        if (blocking == null || user.isEmpty()) {
            return null;
        }
        ChlauthRecord blocker = blocking.record();
        for (String listed : blocker.userList()) {
            boolean hit = listed.equalsIgnoreCase(user)
                    || ("*MQADMIN".equalsIgnoreCase(listed) && privilegedUsers.contains(user.toLowerCase(Locale.ROOT))); //$NON-NLS-1$
            if (hit) {
                if (blocker.warn()) {
                    if (why != null) {
                        why.add(Messages.bind(Messages.Runcheck_blockuserWarn, blocker.describe(), user));
                    }
                    return null;
                }
                if (why != null) {
                    why.add(Messages.bind(Messages.Runcheck_blockuser, blocker.describe(), user));
                }
                return decision(Result.BLOCKED, user, blocker, connection, why);
            }
        }
        return null;
    }

    /** @return null when the record's criteria match; else why not (or {@link #MISMATCH} when not explaining) */
    private static String mismatch(Compiled compiled, Connection connection, Parsed parsed, boolean explain) {
        ChlauthRecord record = compiled.record();
        if (compiled.address() != null && !parsed.addressMatches(compiled.address())) {
            return explain ? Messages.bind(Messages.Runcheck_addressDiffers, record.address(), connection.address()) : MISMATCH;
        }
        switch (record.type()) {
            case SSLPEERMAP -> {
                if (connection.sslPeer() == null || connection.sslPeer().isEmpty()) {
                    return explain ? Messages.Runcheck_noCertificate : MISMATCH;
                }
                String peer = ChlauthPatterns.dnMismatch(compiled.peer(), parsed.peer());
                if (peer != null) {
                    return explain ? Messages.bind(Messages.Runcheck_peerDiffers, peer) : MISMATCH;
                }
                if (compiled.issuer() != null) {
                    String issuer = ChlauthPatterns.dnMismatch(compiled.issuer(), parsed.issuer());
                    if (issuer != null) {
                        return explain ? Messages.bind(Messages.Runcheck_issuerDiffers, issuer) : MISMATCH;
                    }
                }
            }
            case USERMAP -> {
                if (!connection.svrconn()) {
                    return explain ? Messages.Runcheck_usermapSvrconnOnly : MISMATCH;
                }
                if (!record.clientUser().equals(nullToEmpty(connection.clientUser()))) {
                    return explain ? Messages.bind(Messages.Runcheck_userDiffers, record.clientUser(), nullToEmpty(connection.clientUser()))
                            : MISMATCH;
                }
            }
            case QMGRMAP -> {
                if (connection.svrconn()) {
                    return explain ? Messages.Runcheck_qmgrmapNotSvrconn : MISMATCH;
                }
                if (!ChlauthPatterns.glob(record.queueManagerName(), connection.remoteQueueManager(), false)) {
                    return explain ? Messages.bind(Messages.Runcheck_qmgrDiffers, record.queueManagerName(), connection.remoteQueueManager())
                            : MISMATCH;
                }
            }
            default -> {
                // ADDRESSMAP: the address check above is all
            }
        }
        return null;
    }

    private static int typeRank(ChlauthRecord record) {
        return switch (record.type()) {
            case SSLPEERMAP -> 3;
            case USERMAP, QMGRMAP -> 2;
            default -> 1;
        };
    }

    private static int patternSpecificity(ChlauthRecord record) {
        return record.type() == ChlauthType.SSLPEERMAP
                ? ChlauthPatterns.dnSpecificity(record.sslPeer()) * 100 + ChlauthPatterns.dnSpecificity(record.sslCertIssuer())
                : ChlauthPatterns.addressSpecificity(record.address());
    }

    private static String lostBecause(Compiled loser, Compiled winner) {
        if (loser.profileSpecificity() < winner.profileSpecificity()) {
            return Messages.bind(Messages.Runcheck_lessSpecificProfile, loser.record().profile(), winner.record().profile());
        }
        if (loser.typeRank() < winner.typeRank()) {
            return Messages.bind(Messages.Runcheck_lowerType, loser.record().type(), winner.record().type());
        }
        return Messages.Runcheck_lessSpecificPattern;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
