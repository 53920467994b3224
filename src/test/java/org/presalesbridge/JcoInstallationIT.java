package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production installation as the README describes it (presales-bridge.jar, lib/, routes/, SAP's JCo in jco/),
 * set up wrongly in the ways people do, and started as a user would: the adapter stops and says what is missing.
 */
class JcoInstallationIT {

    @TempDir
    Path installation;

    @Test
    void withoutAnyJcoTheAdapterStopsAndSaysWhereSapsJcoGoes() throws Exception {
        install(false);

        String output = start();

        assertThat(output).contains("Presales Bridge cannot start: No JCo library is on the class path")
                .contains("sapjco3.jar").contains("jco/").contains("-Djava.library.path=jco");
    }

    @Test
    void withSapsJcoButNoNativeLibraryTheAdapterStopsAndSaysWhatCannotLoad() throws Exception {
        install(false);
        sapJcoNeedingItsNativeLibrary();

        String output = start();

        assertThat(output).contains("Presales Bridge cannot start: SAP's JCo").contains("jco/sapjco3.jar")
                .contains("cannot load")
                .contains("UnsatisfiedLinkError").contains("java.library.path is now");
    }

    @Test
    void withBothJcosTheAdapterRefusesToStart() throws Exception {
        install(true);
        sapJcoNeedingItsNativeLibrary();

        String output = start();

        assertThat(output).contains("Presales Bridge cannot start: Two JCo libraries are on the class path")
                .contains("remove presales-bridge-mock-sap.jar");
    }

    /** presales-bridge.jar, lib/ and routes/, with or without jco-mock's jar beside them. */
    private void install(boolean withMockSap) throws IOException {
        Files.copy(Path.of("target/presales-bridge.jar"), installation.resolve("presales-bridge.jar"));
        if (withMockSap) {
            Files.copy(Path.of("target/presales-bridge-mock-sap.jar"),
                    installation.resolve("presales-bridge-mock-sap.jar"));
        }
        copyFolder(Path.of("target/lib"), installation.resolve("lib"));
        copyFolder(Path.of("routes"), installation.resolve("routes"));
    }

    /**
     * jco/sapjco3.jar with JCo's API (the classes of jco-mock's com.sap.conn.jco) and a class com.sap.conn.jco.JCo
     * that, like SAP's, needs its native library (libsapjco3) the moment it is used; the library is not there.
     */
    private void sapJcoNeedingItsNativeLibrary() throws IOException {
        Path sources = Files.createDirectories(installation.resolve("src/com/sap/conn/jco"));
        Files.writeString(sources.resolve("JCo.java"), """
                package com.sap.conn.jco;
                public final class JCo {
                    static { System.loadLibrary("sapjco3"); }
                    public static String getVersion() { return "3.1.10"; }
                }
                """);
        Path classes = Files.createDirectories(installation.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                sources.resolve("JCo.java").toString());
        assertThat(compiled).isZero();
        Path jco = Files.createDirectories(installation.resolve("jco"));
        try (OutputStream file = Files.newOutputStream(jco.resolve("sapjco3.jar"));
             JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry("com/sap/conn/jco/JCo.class"));
            jar.write(Files.readAllBytes(classes.resolve("com/sap/conn/jco/JCo.class")));
            jar.closeEntry();
            try (JarFile api = new JarFile("target/presales-bridge-mock-sap.jar")) {
                for (JarEntry entry : Collections.list(api.entries())) {
                    if (entry.getName().startsWith("com/sap/") && entry.getName().endsWith(".class")
                            && !entry.getName().equals("com/sap/conn/jco/JCo.class")) {
                        jar.putNextEntry(new JarEntry(entry.getName()));
                        jar.write(api.getInputStream(entry).readAllBytes());
                        jar.closeEntry();
                    }
                }
            }
        }
    }

    /** Starts the installed adapter as the README says; returns what it printed before it ended. */
    private String start() throws Exception {
        Path log = installation.resolve("adapter.log");
        Process adapter = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.library.path=jco", "-jar", "presales-bridge.jar")
                .directory(installation.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        adapter.getOutputStream().close();
        boolean ended = adapter.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            adapter.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        assertThat(output).as("no stack trace for a person to read").doesNotContain("\tat ");
        assertThat(ended).as("the adapter must stop by itself:\n" + output).isTrue();
        assertThat(adapter.exitValue()).as(output).isNotZero();
        try (JarFile production = new JarFile(installation.resolve("presales-bridge.jar").toFile())) {
            assertThat(production.getManifest().getMainAttributes().getValue("Class-Path"))
                    .startsWith("jco/sapjco3.jar");
        }
        return output;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
