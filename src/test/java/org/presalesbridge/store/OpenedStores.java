package org.presalesbridge.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stores a test opens, closed after it: {@code @RegisterExtension final OpenedStores stores = new
 * OpenedStores(lease)}, then {@code stores.open(database)} with a database of {@link Databases#both()}.
 */
public final class OpenedStores implements AfterEachCallback {

    private final Duration lease;
    private final List<Store> opened = new ArrayList<>();

    public OpenedStores(Duration lease) {
        this.lease = lease;
    }

    /** A store on a fresh database. */
    public Store open(Databases.Opener database) {
        return opened(database.open(lease));
    }

    /** A store on the PostgreSQL database of this JDBC URL, as one of several adapter processes opens it. */
    public Store openPostgres(String url) {
        return opened(Store.open(url, "postgres", "", Path.of("unused"), lease));
    }

    private Store opened(Store store) {
        opened.add(store);
        return store;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(Store::close);
        opened.clear();
    }
}
