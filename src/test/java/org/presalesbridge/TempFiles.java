package org.presalesbridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The stores, data folders and logs the tests write into, under the system's temporary folder and removed when the
 * test JVM ends, so that test runs do not pile up there.
 */
public final class TempFiles {

    private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TempFiles::delete), "temp-files"));
    }

    private TempFiles() {
    }

    /** A new empty folder, removed with all it holds when the test JVM ends. */
    public static Path directory(String prefix) throws IOException {
        return removedAtExit(Files.createTempDirectory(prefix));
    }

    /** A new empty file, removed when the test JVM ends. */
    public static Path file(String prefix, String suffix) throws IOException {
        return removedAtExit(Files.createTempFile(prefix, suffix));
    }

    private static Path removedAtExit(Path path) {
        CREATED.add(path);
        return path;
    }

    /** Removes the file, or the folder with all it holds; what cannot be removed stays. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // left behind in the temporary folder
        }
    }
}
