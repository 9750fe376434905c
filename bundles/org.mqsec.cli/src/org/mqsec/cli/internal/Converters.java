package org.mqsec.cli.internal;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.operations.ExportEntryOperation.ExportFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The option values that name one of ours by its id (pkcs12, rsa3072, sha256...). */
final class Converters {

    private Converters() {
    }

    /** Converts an id to its value, and lists the ids for help and shell completion. */
    private abstract static class ById<T> implements ITypeConverter<T>, Iterable<String> {
        private final Function<String, Optional<T>> lookup;
        private final List<String> ids;

        ById(Function<String, Optional<T>> lookup, String... ids) {
            this.lookup = lookup;
            this.ids = List.of(ids);
        }

        @Override
        public T convert(String value) {
            return lookup.apply(value).orElseThrow(() -> new TypeConversionException(
                    NLS.bind(Messages.Usage_unknownValue, value, String.join(", ", ids)))); //$NON-NLS-1$
        }

        @Override
        public Iterator<String> iterator() {
            return ids.iterator();
        }
    }

    static final class Format extends ById<KeyRepositoryFormat> {
        Format() {
            super(KeyRepositoryFormat::fromId, "pkcs12", "cms", "jks", "jceks", "pem", "der", "pkcs7"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        }
    }

    static final class Profile extends ById<Pkcs12Profile> {
        Profile() {
            super(Pkcs12Profile::fromId, "modern", "compatible"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    static final class Key extends ById<KeyAlgorithm> {
        Key() {
            super(KeyAlgorithm::fromId, "rsa2048", "rsa3072", "rsa4096", "ec-p256", "ec-p384", "ec-p521"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
    }

    static final class Hash extends ById<SignatureHash> {
        Hash() {
            super(SignatureHash::fromId, "sha256", "sha384", "sha512"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    static final class Usage extends ById<CertificateProfile> {
        Usage() {
            super(CertificateProfile::fromId, "both", "server", "client"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    static final class Export extends ById<ExportFormat> {
        Export() {
            super(ExportFormat::fromId, "pem", "der", "p7b", "pkcs12", "public-key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
    }
}
