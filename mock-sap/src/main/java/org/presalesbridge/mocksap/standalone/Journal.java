package org.presalesbridge.mocksap.standalone;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.presalesbridge.mocksap.sd.CommitListener;
import org.presalesbridge.mocksap.sd.CommittedLuw;
import org.presalesbridge.mocksap.sd.SdState;
import org.presalesbridge.mocksap.server.SimulatedSap;

/**
 * The data directory: what the SD system committed survives a restart of the process.
 *
 * <p>{@code snapshot.json} holds the whole document state (documents, flow, change documents,
 * number range levels) as of one commit; {@code journal.jsonl} one line per commit after it. A
 * commit's line is written inside the commit and forced to disk before any answer leaves the
 * process ({@link #awaitDurable()}, which the gateway and the admin API call before they answer):
 * one force covers every commit written meanwhile (group commit), so that concurrent sessions do
 * not queue behind each other's disk write, and no caller sees a state the disk has not. On start the snapshot is
 * loaded, the journal replayed, and both are folded into a new snapshot. A torn last line (the
 * process died while writing it) belongs to a commit that never answered and is dropped.
 */
public final class Journal implements CommitListener, Closeable {

    static final String SNAPSHOT = "snapshot.json";
    static final String JOURNAL = "journal.jsonl";
    private static final String LOCK = ".lock";

    private final Path directory;
    private final SimulatedSap system;
    private final ObjectMapper json;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel journal;           // guarded by this
    private long lastWritten;              // guarded by this
    private List<CommittedLuw> collecting; // guarded by this; commits seen while starting over
    /** Journal writes so far, and how many of them are forced to disk (group commit). */
    private volatile long written;
    private volatile long forced;          // raised under forcing
    private final Object forcing = new Object();
    private final boolean forceToDisk;

    private Journal(Path directory, SimulatedSap system, FileChannel lockChannel, FileLock lock,
                    boolean forceToDisk) {
        this.forceToDisk = forceToDisk;
        this.directory = directory;
        this.system = system;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.json = MockSapJson.mapper();
    }

    /** Loads the directory's state into the system and journals its commits from now on. */
    /**
     * @param forceToDisk whether {@link #awaitDurable()} forces commits to disk; without, a commit
     *                    survives the process (it is written) but not a crash of the machine
     */
    public static Journal open(Path directory, SimulatedSap system, boolean forceToDisk) throws IOException {
        Files.createDirectories(directory);
        FileChannel lockChannel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IOException("data directory " + directory + " is in use by another mock-sap process");
        }
        Journal journal = new Journal(directory, system, lockChannel, lock, forceToDisk);
        try {
            journal.load();
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
        system.addCommitListener(journal);
        return journal;
    }

    /** The system's last commit the directory holds (its commit sequence number). */
    public synchronized long lastCommitSequence() {
        return lastWritten;
    }

    private void load() throws IOException {
        Path snapshot = directory.resolve(SNAPSHOT);
        long loaded = 0;
        if (Files.exists(snapshot)) {
            SdState state = json.readValue(snapshot.toFile(), SdState.class);
            system.importState(state);
            loaded = state.lastCommitSequence();
        }
        Path journalFile = directory.resolve(JOURNAL);
        if (Files.exists(journalFile)) {
            replay(journalFile, loaded);
        }
        synchronized (this) {
            journal = FileChannel.open(journalFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            fold(system.exportState());
        }
    }

    private void replay(Path journalFile, long after) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(journalFile)) {
            String line = reader.readLine();
            while (line != null) {
                String next = reader.readLine();
                CommittedLuw luw = parse(line, next == null);
                if (luw != null && luw.sequence() > after) {
                    system.replay(luw);
                }
                line = next;
            }
        }
    }

    private CommittedLuw parse(String line, boolean last) throws IOException {
        try {
            return json.readValue(line, CommittedLuw.class);
        } catch (JsonProcessingException e) {
            if (last) {
                System.err.println("mock-sap: dropping a torn last journal line (a commit that never answered)");
                return null;
            }
            throw new IOException("journal " + directory.resolve(JOURNAL) + " is damaged: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public synchronized void committed(CommittedLuw luw) {
        if (collecting != null) {
            collecting.add(luw);
        }
        try {
            if (luw.sequence() <= lastWritten) {
                // the system was reset since the last commit: its state, this commit included, starts anew
                fold(system.exportState());
                return;
            }
            append(luw);
        } catch (IOException e) {
            throw new UncheckedIOException("commit " + luw.sequence() + " could not be journaled", e);
        }
    }

    /**
     * Starts the directory anew from the system's current state, after it was reset (SdSystem numbers
     * its commits from 1 again). Commits that run meanwhile are kept.
     */
    public void startOver() throws IOException {
        synchronized (this) {
            collecting = new ArrayList<>();
        }
        // read outside our lock: a commit holds the system's lock while it waits for ours
        SdState state = system.exportState();
        synchronized (this) {
            try {
                fold(state);
                for (CommittedLuw luw : collecting) {
                    if (luw.sequence() > state.lastCommitSequence()) {
                        append(luw);
                    }
                }
            } finally {
                collecting = null;
            }
        }
    }

    /** Writes the state as the new snapshot, then empties the journal (guarded by this). */
    private void fold(SdState state) throws IOException {
        Path snapshot = directory.resolve(SNAPSHOT);
        Path temporary = directory.resolve(SNAPSHOT + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, json.writeValueAsBytes(state));
            out.force(true);
        }
        Files.move(temporary, snapshot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory();
        journal.truncate(0);
        journal.position(0);
        journal.force(true);
        lastWritten = state.lastCommitSequence();
        markForced(++written);
    }

    private void append(CommittedLuw luw) throws IOException {
        byte[] line = json.writeValueAsBytes(luw);
        ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
        while (buffer.hasRemaining()) {
            journal.write(buffer);
        }
        lastWritten = luw.sequence();
        written++;
    }

    /**
     * Returns once every commit journaled so far is on disk: at once when it is, else after one
     * force that covers all commits written until then, whoever forces it.
     */
    public void awaitDurable() {
        if (!forceToDisk) {
            return;
        }
        long target = written;
        if (forced >= target) {
            return;
        }
        synchronized (forcing) {
            if (forced >= target) {
                return; // another caller's force covered ours
            }
            long covered = written;
            try {
                journal.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("the data directory could not be written to disk", e);
            }
            forced = Math.max(forced, covered);
        }
    }

    private void markForced(long covered) {
        synchronized (forcing) {
            forced = Math.max(forced, covered);
        }
    }

    private static void writeFully(FileChannel out, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** Makes the snapshot's rename durable (Linux: fsync of the directory). */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory; the rename is then as durable as they make it
        }
    }

    @Override
    public void close() {
        system.removeCommitListener(this);
        synchronized (this) {
            try {
                if (journal != null) {
                    journal.force(true);
                    journal.close();
                }
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                System.err.println("mock-sap: closing the data directory: " + e.getMessage());
            }
        }
    }
}
