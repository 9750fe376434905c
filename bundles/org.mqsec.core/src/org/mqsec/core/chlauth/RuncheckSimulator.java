package org.mqsec.core.chlauth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** The outcome: the record that decided (null if none did) and the reasoning, in order. */
    public record Decision(Result result, String mcaUser, ChlauthRecord record, List<String> explanation) {
    }

    private final List<ChlauthRecord> records;
    private final Set<String> privilegedUsers;
    /** Indexes into {@link #records}, ascending, so that candidates keep the order they were given in. */
    private final int[] blockAddress;
    private final int[] genericProfiles;
    private final Map<String, int[]> explicitProfiles;

    /**
     * @param privilegedUsers the users *MQADMIN stands for on the queue manager's system (members of
     *                        mqm, Administrators...); the simulator cannot look them up itself
     */
    public RuncheckSimulator(List<ChlauthRecord> records, Set<String> privilegedUsers) {
        this.records = List.copyOf(records);
        this.privilegedUsers = privilegedUsers;
        List<Integer> blockAddress = new ArrayList<>();
        List<Integer> generic = new ArrayList<>();
        Map<String, List<Integer>> explicit = new HashMap<>();
        for (int i = 0; i < this.records.size(); i++) {
            ChlauthRecord record = this.records.get(i);
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
    private List<ChlauthRecord> candidates(String channel) {
        int[] own = explicitProfiles.getOrDefault(nullToEmpty(channel).toUpperCase(Locale.ROOT), new int[0]);
        List<ChlauthRecord> candidates = new ArrayList<>(own.length + genericProfiles.length);
        int a = 0;
        int b = 0;
        while (a < own.length || b < genericProfiles.length) {
            boolean takeOwn = b >= genericProfiles.length || (a < own.length && own[a] < genericProfiles[b]);
            ChlauthRecord record = records.get(takeOwn ? own[a++] : genericProfiles[b++]);
            if (ChlauthPatterns.profileMatches(record.profile(), channel)) {
                candidates.add(record);
            }
        }
        return candidates;
    }

    public Decision evaluate(Connection connection) {
        List<String> why = new ArrayList<>();
        for (int index : blockAddress) {
            ChlauthRecord record = records.get(index);
            for (String pattern : record.addressList()) {
                if (ChlauthPatterns.addressMatches(pattern, connection.address())) {
                    if (record.warn()) {
                        why.add(Messages.bind(Messages.Runcheck_blockaddrWarn, pattern, connection.address()));
                    } else {
                        why.add(Messages.bind(Messages.Runcheck_blockaddr, pattern, connection.address()));
                        return new Decision(Result.BLOCKED, "", record, why); //$NON-NLS-1$
                    }
                }
            }
        }
        List<ChlauthRecord> candidates = candidates(connection.channel());
        List<ChlauthRecord> matching = new ArrayList<>();
        for (ChlauthRecord record : candidates) {
            if (!record.type().isMapping()) {
                continue;
            }
            String mismatch = mismatch(record, connection);
            if (mismatch == null) {
                matching.add(record);
            } else {
                why.add(Messages.bind(Messages.Runcheck_noMatch, describe(record), mismatch));
            }
        }
        Comparator<ChlauthRecord> precedence = Comparator
                .comparingInt((ChlauthRecord r) -> ChlauthPatterns.profileSpecificity(r.profile()))
                .thenComparingInt(RuncheckSimulator::typeRank)
                .thenComparingInt(RuncheckSimulator::patternSpecificity);
        ChlauthRecord chosen = matching.stream().max(precedence).orElse(null);
        for (ChlauthRecord other : matching) {
            if (other != chosen) {
                why.add(Messages.bind(Messages.Runcheck_lost, describe(other), lostBecause(other, chosen)));
            }
        }
        String user;
        if (chosen == null) {
            user = connection.svrconn() ? nullToEmpty(connection.clientUser()) : ""; //$NON-NLS-1$
            why.add(Messages.Runcheck_noMapping);
        } else {
            why.add(Messages.bind(Messages.Runcheck_chosen, describe(chosen)));
            switch (chosen.userSource()) {
                case "NOACCESS" -> { //$NON-NLS-1$
                    if (!chosen.warn()) {
                        why.add(Messages.Runcheck_noAccess);
                        return new Decision(Result.BLOCKED, "", chosen, why); //$NON-NLS-1$
                    }
                    why.add(Messages.Runcheck_noAccessWarn);
                    user = connection.svrconn() ? nullToEmpty(connection.clientUser()) : ""; //$NON-NLS-1$
                }
                case "CHANNEL" -> user = connection.svrconn() ? nullToEmpty(connection.clientUser()) : ""; //$NON-NLS-1$
                default -> user = chosen.mcaUser();
            }
        }
        if (connection.svrconn()) {
            Decision blocked = blockUser(candidates, user, why);
            if (blocked != null) {
                return blocked;
            }
        }
        why.add(user.isEmpty() ? Messages.Runcheck_runsAsChannel : Messages.bind(Messages.Runcheck_runsAs, user));
        return new Decision(Result.ALLOWED, user, chosen, why);
    }

    /** BLOCKUSER of the most specific matching profile (a per-channel record overrides the '*' one). */
    private Decision blockUser(List<ChlauthRecord> candidates, String user, List<String> why) {
        ChlauthRecord blocker = candidates.stream()
                .filter(r -> r.type() == ChlauthType.BLOCKUSER)
                .max(Comparator.comparingInt(r -> ChlauthPatterns.profileSpecificity(r.profile()))).orElse(null);
        if (blocker == null || user.isEmpty()) {
            return null;
        }
        for (String listed : blocker.userList()) {
            boolean hit = listed.equalsIgnoreCase(user)
                    || ("*MQADMIN".equalsIgnoreCase(listed) && privilegedUsers.contains(user.toLowerCase(Locale.ROOT))); //$NON-NLS-1$
            if (hit) {
                if (blocker.warn()) {
                    why.add(Messages.bind(Messages.Runcheck_blockuserWarn, describe(blocker), user));
                    return null;
                }
                why.add(Messages.bind(Messages.Runcheck_blockuser, describe(blocker), user));
                return new Decision(Result.BLOCKED, user, blocker, why);
            }
        }
        return null;
    }

    private static String mismatch(ChlauthRecord record, Connection connection) {
        if (!record.address().isEmpty() && !ChlauthPatterns.addressMatches(record.address(), connection.address())) {
            return Messages.bind(Messages.Runcheck_addressDiffers, record.address(), connection.address());
        }
        switch (record.type()) {
            case SSLPEERMAP -> {
                if (connection.sslPeer() == null || connection.sslPeer().isEmpty()) {
                    return Messages.Runcheck_noCertificate;
                }
                String peer = ChlauthPatterns.dnMismatch(record.sslPeer(), connection.sslPeer());
                if (peer != null) {
                    return Messages.bind(Messages.Runcheck_peerDiffers, peer);
                }
                if (!record.sslCertIssuer().isEmpty()) {
                    String issuer = ChlauthPatterns.dnMismatch(record.sslCertIssuer(), nullToEmpty(connection.sslIssuer()));
                    if (issuer != null) {
                        return Messages.bind(Messages.Runcheck_issuerDiffers, issuer);
                    }
                }
            }
            case USERMAP -> {
                if (!connection.svrconn()) {
                    return Messages.Runcheck_usermapSvrconnOnly;
                }
                if (!record.clientUser().equals(nullToEmpty(connection.clientUser()))) {
                    return Messages.bind(Messages.Runcheck_userDiffers, record.clientUser(), nullToEmpty(connection.clientUser()));
                }
            }
            case QMGRMAP -> {
                if (connection.svrconn()) {
                    return Messages.Runcheck_qmgrmapNotSvrconn;
                }
                if (!ChlauthPatterns.glob(record.queueManagerName(), connection.remoteQueueManager(), false)) {
                    return Messages.bind(Messages.Runcheck_qmgrDiffers, record.queueManagerName(), connection.remoteQueueManager());
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

    private static String lostBecause(ChlauthRecord loser, ChlauthRecord winner) {
        if (ChlauthPatterns.profileSpecificity(loser.profile()) < ChlauthPatterns.profileSpecificity(winner.profile())) {
            return Messages.bind(Messages.Runcheck_lessSpecificProfile, loser.profile(), winner.profile());
        }
        if (typeRank(loser) < typeRank(winner)) {
            return Messages.bind(Messages.Runcheck_lowerType, loser.type(), winner.type());
        }
        return Messages.Runcheck_lessSpecificPattern;
    }

    /** A record as the explanation names it. */
    static String describe(ChlauthRecord record) {
        return record.type() + " '" + record.profile() + "'" //$NON-NLS-1$ //$NON-NLS-2$
                + (record.address().isEmpty() ? "" : " ADDRESS(" + record.address() + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (record.sslPeer().isEmpty() ? "" : " SSLPEER(" + record.sslPeer() + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (record.clientUser().isEmpty() ? "" : " CLNTUSER(" + record.clientUser() + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (record.queueManagerName().isEmpty() ? "" : " QMNAME(" + record.queueManagerName() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value; //$NON-NLS-1$
    }
}
