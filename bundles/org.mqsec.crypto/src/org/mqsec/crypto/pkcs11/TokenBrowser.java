package org.mqsec.crypto.pkcs11;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.pkcs11.TokenObject.Flag;
import org.mqsec.crypto.pkcs11.TokenObject.Kind;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.Logger;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11Module;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.Slot;
import org.xipki.pkcs11.wrapper.StaticLogger;
import org.xipki.pkcs11.wrapper.Token;
import org.xipki.pkcs11.wrapper.TokenException;
import org.xipki.pkcs11.wrapper.TokenInfo;

/**
 * Reads what is on PKCS#11 tokens with a real PKCS#11 wrapper, object by object: every certificate,
 * key and data object with its label, CKA_ID, type, size and flags, where Java's KeyStore API shows
 * only labelled key pairs with certificates and trusted certificates. One find over the whole token,
 * one attribute read per object. A library is loaded and initialised once per process and never
 * finalised (SunPKCS11, which signs, may share it).
 */
public final class TokenBrowser {

    private static final Map<String, PKCS11Module> LOADED = new ConcurrentHashMap<>();
    /** Tokens with fewer objects are read in one session: a second one costs more than it saves. */
    private static final int PARALLEL_FROM = 400;
    /** At most this many sessions read one token: HSMs limit sessions, and two cores gain little from more. */
    private static final int MAXIMUM_SESSIONS = 4;

    /*
     * The attributes read: first the class, then in one call what every object of that class has.
     * Asking for one an object lacks makes the wrapper fall back to one call per attribute, several
     * times slower on a large token.
     */
    private static final long[] STORAGE = { PKCS11Constants.CKA_LABEL, PKCS11Constants.CKA_TOKEN, PKCS11Constants.CKA_PRIVATE,
            PKCS11Constants.CKA_MODIFIABLE };
    private static final long[] CERTIFICATE = with(STORAGE, PKCS11Constants.CKA_ID, PKCS11Constants.CKA_VALUE, PKCS11Constants.CKA_TRUSTED);
    private static final long[] PRIVATE_KEY = with(STORAGE, PKCS11Constants.CKA_ID, PKCS11Constants.CKA_KEY_TYPE, PKCS11Constants.CKA_SENSITIVE,
            PKCS11Constants.CKA_EXTRACTABLE, PKCS11Constants.CKA_ALWAYS_SENSITIVE, PKCS11Constants.CKA_NEVER_EXTRACTABLE, PKCS11Constants.CKA_LOCAL,
            PKCS11Constants.CKA_SIGN, PKCS11Constants.CKA_DECRYPT, PKCS11Constants.CKA_UNWRAP, PKCS11Constants.CKA_DERIVE);
    private static final long[] PUBLIC_KEY = with(STORAGE, PKCS11Constants.CKA_ID, PKCS11Constants.CKA_KEY_TYPE, PKCS11Constants.CKA_LOCAL,
            PKCS11Constants.CKA_VERIFY, PKCS11Constants.CKA_ENCRYPT, PKCS11Constants.CKA_WRAP, PKCS11Constants.CKA_DERIVE, PKCS11Constants.CKA_TRUSTED);
    private static final long[] SECRET_KEY = with(STORAGE, PKCS11Constants.CKA_ID, PKCS11Constants.CKA_KEY_TYPE, PKCS11Constants.CKA_VALUE_LEN,
            PKCS11Constants.CKA_SENSITIVE, PKCS11Constants.CKA_EXTRACTABLE, PKCS11Constants.CKA_ALWAYS_SENSITIVE,
            PKCS11Constants.CKA_NEVER_EXTRACTABLE, PKCS11Constants.CKA_LOCAL, PKCS11Constants.CKA_SIGN, PKCS11Constants.CKA_VERIFY,
            PKCS11Constants.CKA_ENCRYPT, PKCS11Constants.CKA_DECRYPT, PKCS11Constants.CKA_WRAP, PKCS11Constants.CKA_UNWRAP,
            PKCS11Constants.CKA_DERIVE, PKCS11Constants.CKA_TRUSTED);

    private static long[] with(long[] base, long... more) {
        long[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static final Map<Long, Flag> FLAG_ATTRIBUTES = new LinkedHashMap<>();

    static {
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_TOKEN, Flag.TOKEN);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_PRIVATE, Flag.PRIVATE);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_SENSITIVE, Flag.SENSITIVE);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_EXTRACTABLE, Flag.EXTRACTABLE);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_ALWAYS_SENSITIVE, Flag.ALWAYS_SENSITIVE);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_NEVER_EXTRACTABLE, Flag.NEVER_EXTRACTABLE);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_LOCAL, Flag.LOCAL);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_SIGN, Flag.SIGN);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_VERIFY, Flag.VERIFY);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_DECRYPT, Flag.DECRYPT);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_ENCRYPT, Flag.ENCRYPT);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_WRAP, Flag.WRAP);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_UNWRAP, Flag.UNWRAP);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_DERIVE, Flag.DERIVE);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_TRUSTED, Flag.TRUSTED);
        FLAG_ATTRIBUTES.put(PKCS11Constants.CKA_MODIFIABLE, Flag.MODIFIABLE);
    }

    private TokenBrowser() {
    }

    /** What one token holds, read in one session. */
    public record Contents(TokenInfoView token, boolean loggedIn, List<TokenObject> objects, List<TokenEntry> entries) {
        /** @param entries null to pair the objects by CKA_ID */
        public Contents {
            objects = List.copyOf(objects);
            entries = List.copyOf(entries == null ? pair(objects) : entries);
        }
    }

    /** Every slot of the library, with or without a token, in the library's order. */
    public static List<TokenInfoView> slots(String library) throws KeyRepositoryException {
        PKCS11Module module = load(library);
        try {
            List<TokenInfoView> slots = new ArrayList<>();
            for (Slot slot : module.getSlotList(false)) {
                slots.add(describe(slot));
            }
            return slots;
        } catch (TokenException e) {
            throw TokenErrors.of(e, library);
        }
    }

    /**
     * Reads every object of one token. Without a PIN only public objects are read (certificates and
     * public keys on most tokens); with one, the user logs in first, and the session logs out after.
     *
     * @param pin the user PIN, which stays the caller's (cleared by it); null for public objects only
     */
    public static Contents read(String library, TokenSelector selector, char[] pin, IProgressMonitor monitor) throws KeyRepositoryException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        try (TokenSession open = TokenSession.open(library, selector, pin, false)) {
            progress.worked(10);
            return new Contents(open.token, open.loggedIn(), objects(open, progress.split(90)), null);
        } catch (TokenException e) {
            throw TokenErrors.of(e, library);
        }
    }

    /** Every object the session can see, one attribute read each. */
    static List<TokenObject> objects(TokenSession open, SubMonitor progress) throws TokenException {
        long[] handles = open.session.findAllObjectsSingle(new AttributeVector());
        progress.setWorkRemaining(handles.length);
        int helpers = handles.length < PARALLEL_FROM ? 0 : Math.min(Runtime.getRuntime().availableProcessors(), MAXIMUM_SESSIONS) - 1;
        if (helpers <= 0) {
            return read(open.session, handles, 0, handles.length, progress);
        }
        // a large token is read by several sessions at once (logins are per token, so they share it)
        int chunk = (handles.length + helpers) / (helpers + 1);
        List<Future<List<TokenObject>>> parts = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(helpers, runnable -> {
            Thread thread = new Thread(runnable, "mqsec token reader"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 1; i <= helpers; i++) {
                int from = i * chunk;
                int to = Math.min(handles.length, from + chunk);
                Session session = open.session.getToken().openSession(false);
                sessions.add(session);
                parts.add(pool.submit(() -> read(session, handles, from, to, null)));
            }
            List<TokenObject> objects = new ArrayList<>(read(open.session, handles, 0, Math.min(chunk, handles.length), progress));
            for (Future<List<TokenObject>> part : parts) {
                objects.addAll(part.get());
            }
            return objects;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TokenException token) {
                throw token;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            for (Session session : sessions) {
                try {
                    session.closeSession();
                } catch (TokenException e) {
                    // the token went: the read failed already
                }
            }
        }
    }

    /** Objects {@code from} to {@code to} of the handles, in one session; progress and Cancel when given. */
    private static List<TokenObject> read(Session session, long[] handles, int from, int to, SubMonitor progress) throws TokenException {
        List<TokenObject> objects = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            if (progress != null) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.worked(1);
            }
            objects.add(object(session, handles[i]));
        }
        return objects;
    }

    /** The library, loaded and initialised once per path; a load that fails says why in words. */
    static PKCS11Module load(String library) throws KeyRepositoryException {
        PKCS11Module loaded = LOADED.get(library);
        if (loaded != null) {
            return loaded;
        }
        synchronized (LOADED) {
            loaded = LOADED.get(library);
            if (loaded != null) {
                return loaded;
            }
            Path path = Path.of(library);
            if (!Files.exists(path)) {
                throw new KeyRepositoryException(Problem.NOT_FOUND, Messages.bind(Messages.Token_noLibrary, library), Messages.Token_noLibraryFix);
            }
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new KeyRepositoryException(Problem.NOT_A_FILE, Messages.bind(Messages.Token_notLibrary, library, Messages.Token_notReadable),
                        Messages.Token_notLibraryFix);
            }
            StaticLogger.setLogger(QUIET);
            PKCS11Module module;
            try {
                module = PKCS11Module.getInstance(library);
            } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
                throw new KeyRepositoryException(Problem.UNSUPPORTED_FORMAT, Messages.bind(Messages.Token_notLibrary, library, reason(e)),
                        Messages.Token_notLibraryFix, e);
            }
            try {
                module.initialize();
            } catch (PKCS11Exception e) {
                if (e.getErrorCode() != PKCS11Constants.CKR_CRYPTOKI_ALREADY_INITIALIZED) {
                    throw new KeyRepositoryException(Problem.UNREADABLE, Messages.bind(Messages.Token_initFailed, library, e.getErrorName()),
                            Messages.Token_initFailedFix, e);
                }
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                throw new KeyRepositoryException(Problem.UNSUPPORTED_FORMAT, Messages.bind(Messages.Token_notLibrary, library, reason(e)),
                        Messages.Token_notLibraryFix, e);
            }
            LOADED.put(library, module);
            return module;
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    static TokenInfoView describe(Slot slot) throws TokenException {
        long id = slot.getSlotID();
        String description = slot.getSlotInfo().getSlotDescription().strip();
        if (!slot.getSlotInfo().isTokenPresent()) {
            return new TokenInfoView(id, description, false, "", "", "", "", false, false, false, false, false, false, false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        TokenInfo info = slot.getToken().getTokenInfo();
        return new TokenInfoView(id, description, true, info.getLabel().strip(), info.getManufacturerID().strip(), info.getModel().strip(),
                info.getSerialNumber().strip(), info.isTokenInitialized(), info.isLoginRequired(),
                info.hasFlagBit(PKCS11Constants.CKF_WRITE_PROTECTED), info.hasFlagBit(PKCS11Constants.CKF_USER_PIN_COUNT_LOW),
                info.hasFlagBit(PKCS11Constants.CKF_USER_PIN_FINAL_TRY), info.hasFlagBit(PKCS11Constants.CKF_USER_PIN_LOCKED),
                info.hasFlagBit(PKCS11Constants.CKF_SO_PIN_LOCKED));
    }

    static TokenObject object(Session session, long handle) throws TokenException {
        Long objectClass = session.getAttrValues(handle, PKCS11Constants.CKA_CLASS).getLongAttrValue(PKCS11Constants.CKA_CLASS);
        Kind kind = kind(objectClass == null ? -1 : objectClass);
        long[] wanted = switch (kind) {
            case CERTIFICATE -> CERTIFICATE;
            case PRIVATE_KEY -> PRIVATE_KEY;
            case PUBLIC_KEY -> PUBLIC_KEY;
            case SECRET_KEY -> SECRET_KEY;
            default -> STORAGE;
        };
        AttributeVector values = session.getAttrValues(handle, wanted);
        String label = values.getStringAttrValue(PKCS11Constants.CKA_LABEL);
        byte[] id = values.getByteArrayAttrValue(PKCS11Constants.CKA_ID);
        Long keyType = values.getLongAttrValue(PKCS11Constants.CKA_KEY_TYPE);
        String type = keyType == null ? "" : keyTypeName(keyType); //$NON-NLS-1$
        int size = 0;
        String curve = ""; //$NON-NLS-1$
        if ("EC".equals(type)) { //$NON-NLS-1$
            byte[] ecParams = session.getAttrValues(handle, PKCS11Constants.CKA_EC_PARAMS).getByteArrayAttrValue(PKCS11Constants.CKA_EC_PARAMS);
            if (ecParams != null) {
                Curves.Named named = Curves.of(ecParams);
                curve = named.name();
                size = named.bits();
            }
        } else if ("RSA".equals(type)) { //$NON-NLS-1$
            // a private key does not carry CKA_MODULUS_BITS; its modulus tells the size
            byte[] modulus = session.getAttrValues(handle, PKCS11Constants.CKA_MODULUS).getByteArrayAttrValue(PKCS11Constants.CKA_MODULUS);
            size = modulus == null ? 0 : new java.math.BigInteger(1, modulus).bitLength();
        } else if (values.getLongAttrValue(PKCS11Constants.CKA_VALUE_LEN) != null) {
            size = values.getLongAttrValue(PKCS11Constants.CKA_VALUE_LEN).intValue() * 8;
        }
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        FLAG_ATTRIBUTES.forEach((attribute, flag) -> {
            if (Boolean.TRUE.equals(values.getBooleanAttrValue(attribute))) {
                flags.add(flag);
            }
        });
        X509Certificate certificate = kind == Kind.CERTIFICATE ? certificate(values.getByteArrayAttrValue(PKCS11Constants.CKA_VALUE)) : null;
        return new TokenObject(handle, kind, label == null ? "" : label, id == null ? "" : HexFormat.of().formatHex(id), type, size, curve, //$NON-NLS-1$ //$NON-NLS-2$
                flags, certificate);
    }

    private static X509Certificate certificate(byte[] der) {
        if (der == null) {
            return null;
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)); //$NON-NLS-1$
        } catch (CertificateException e) {
            return null;
        }
    }

    private static Kind kind(long objectClass) {
        if (objectClass == PKCS11Constants.CKO_CERTIFICATE) {
            return Kind.CERTIFICATE;
        }
        if (objectClass == PKCS11Constants.CKO_PRIVATE_KEY) {
            return Kind.PRIVATE_KEY;
        }
        if (objectClass == PKCS11Constants.CKO_PUBLIC_KEY) {
            return Kind.PUBLIC_KEY;
        }
        if (objectClass == PKCS11Constants.CKO_SECRET_KEY) {
            return Kind.SECRET_KEY;
        }
        return objectClass == PKCS11Constants.CKO_DATA ? Kind.DATA : Kind.OTHER;
    }

    /** "RSA", "EC", "AES"... from CKK_ names. */
    private static String keyTypeName(long keyType) {
        String name = PKCS11Constants.ckkCodeToName(keyType);
        return name == null ? Long.toString(keyType) : name.replaceFirst("^CKK_", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Objects paired by CKA_ID: a private key with the certificate and public key of the same id;
     * what has no partner is an entry of its own. Objects without an id pair with nothing.
     */
    static List<TokenEntry> pair(List<TokenObject> objects) {
        Map<String, List<TokenObject>> byId = new LinkedHashMap<>();
        List<TokenEntry> entries = new ArrayList<>();
        for (TokenObject object : objects) {
            boolean pairable = !object.id().isEmpty()
                    && (object.kind() == Kind.PRIVATE_KEY || object.kind() == Kind.CERTIFICATE || object.kind() == Kind.PUBLIC_KEY);
            if (pairable) {
                byId.computeIfAbsent(object.id(), id -> new ArrayList<>()).add(object);
            } else {
                entries.add(single(object));
            }
        }
        for (Map.Entry<String, List<TokenObject>> group : byId.entrySet()) {
            List<TokenObject> members = group.getValue();
            TokenObject key = first(members, Kind.PRIVATE_KEY);
            TokenObject certificate = first(members, Kind.CERTIFICATE);
            TokenObject publicKey = first(members, Kind.PUBLIC_KEY);
            List<TokenObject> others = members.stream().filter(o -> o != key && o != certificate && o != publicKey).toList();
            TokenEntry.Kind kind = key != null ? (certificate != null ? TokenEntry.Kind.KEY_AND_CERTIFICATE : TokenEntry.Kind.KEY_WITHOUT_CERTIFICATE)
                    : certificate != null ? TokenEntry.Kind.CERTIFICATE_ONLY : TokenEntry.Kind.PUBLIC_KEY_ONLY;
            String label = certificate != null && !certificate.label().isEmpty() ? certificate.label()
                    : key != null && !key.label().isEmpty() ? key.label() : publicKey != null ? publicKey.label() : ""; //$NON-NLS-1$
            entries.add(new TokenEntry(kind, group.getKey(), label, key, certificate, publicKey, others));
        }
        return entries;
    }

    private static TokenEntry single(TokenObject object) {
        return switch (object.kind()) {
            case PRIVATE_KEY -> new TokenEntry(TokenEntry.Kind.KEY_WITHOUT_CERTIFICATE, object.id(), object.label(), object, null, null, List.of());
            case CERTIFICATE -> new TokenEntry(TokenEntry.Kind.CERTIFICATE_ONLY, object.id(), object.label(), null, object, null, List.of());
            case PUBLIC_KEY -> new TokenEntry(TokenEntry.Kind.PUBLIC_KEY_ONLY, object.id(), object.label(), null, null, object, List.of());
            case SECRET_KEY -> new TokenEntry(TokenEntry.Kind.SECRET_KEY, object.id(), object.label(), null, null, null, List.of(object));
            default -> new TokenEntry(TokenEntry.Kind.OTHER, object.id(), object.label(), null, null, null, List.of(object));
        };
    }

    private static TokenObject first(List<TokenObject> objects, Kind kind) {
        return objects.stream().filter(o -> o.kind() == kind).findFirst().orElse(null);
    }

    /** The wrapper writes [INFO] lines to standard output by default; mqsec's output is its own. */
    private static final Logger QUIET = new Logger() {
        @Override
        public void info(String format, Object... arguments) {
            // not shown
        }

        @Override
        public void warn(String format, Object... arguments) {
            // not shown: failures reach the caller as exceptions
        }

        @Override
        public void error(String format, Object... arguments) {
            // not shown: failures reach the caller as exceptions
        }

        @Override
        public void debug(String format, Object... arguments) {
            // not shown
        }

        @Override
        public void trace(String format, Object... arguments) {
            // not shown
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return false;
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }
    };
}
