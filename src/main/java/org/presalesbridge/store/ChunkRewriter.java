package org.presalesbridge.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Keeps the embedded H2 file from growing with every write while the adapter runs.
 *
 * <p>H2 writes a chunk of its file at every commit ({@code WRITE_DELAY=0}: a claim is in the file before SAP is
 * called). A chunk's space is reused once none of its pages is live and it is older than the retention time, but
 * nearly every chunk keeps a live page or two that no later commit rewrites (the left half of a B-tree leaf that
 * split, for one), so without more the file grows by about 8 KB a document. H2's background writer moves such pages
 * into new chunks; with {@code WRITE_DELAY=0} that writer does not run, so this does its part: the store runs it
 * every half second, and it moves the live pages of the oldest, emptiest chunks, at most {@link #WRITE_LIMIT} bytes
 * of them each time. The chunks it empties are reused after the retention time.
 *
 * <p>It reaches H2's file store through H2's own classes: the H2 version is the one the build names, and the
 * store's tests check that the file stays bounded.
 */
final class ChunkRewriter implements Runnable {

    /** Live bytes moved at most in one run: about what the commits of a busy second leave behind. */
    static final int WRITE_LIMIT = 1024 * 1024;
    /** Nothing is moved while at least this share of the chunks' bytes is live. */
    private static final int TARGET_FILL_RATE = 90;

    private final MVStore mvStore;

    private ChunkRewriter(MVStore mvStore) {
        this.mvStore = mvStore;
    }

    /** The rewriter of the embedded database behind this data source. */
    static ChunkRewriter of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            return new ChunkRewriter(session.getDatabase().getStore().getMvStore());
        }
    }

    @Override
    public void run() {
        if (!mvStore.isClosed()) {
            mvStore.compact(TARGET_FILL_RATE, WRITE_LIMIT);
        }
    }
}
