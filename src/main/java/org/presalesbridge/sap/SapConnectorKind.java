package org.presalesbridge.sap;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.presalesbridge.translation.CodeTables;

/**
 * A kind of SAP connector, chosen by name with the setting {@code sap.connector}. The kinds are found with
 * {@link ServiceLoader} ({@code META-INF/services/org.presalesbridge.sap.SapConnectorKind}): another connector, an
 * S/4HANA OData one say, is a class of its own beside the JCo one, and the routes, the store and the resilience
 * around SAP stay as they are.
 */
public interface SapConnectorKind {

    /** The value of {@code sap.connector} that chooses this kind. */
    String name();

    /** The connector, from the adapter's settings and the mapping tables; started later ({@link SapConnector#start}). */
    SapConnector create(Settings settings, CodeTables codes);

    /** The adapter's settings by their names ({@code sap.jco.client.ashost}), the environment's overrides applied. */
    @FunctionalInterface
    interface Settings {

        /** The setting's value; empty when it is not set or blank. */
        Optional<String> get(String name);

        default String get(String name, String otherwise) {
            return get(name).orElse(otherwise);
        }
    }

    /** The kind of that name; the adapter does not start with a name no kind has, and says which there are. */
    static SapConnectorKind named(String name) {
        List<SapConnectorKind> kinds = ServiceLoader.load(SapConnectorKind.class, SapConnectorKind.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
        return kinds.stream().filter(kind -> kind.name().equals(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalStateException("sap.connector=" + name + " is not known; this adapter "
                        + "has: " + kinds.stream().map(SapConnectorKind::name).sorted()
                        .collect(Collectors.joining(", "))));
    }
}
