package org.presalesbridge.mocksap.standalone;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The users allowed to log on through the gateway, with their passwords. SAP user names are not
 * case-sensitive, passwords are. Passwords are never logged nor shown.
 */
public final class RfcUsers {

    /** The user a fresh mock-sap knows when no users file is given (documented in standalone.md). */
    public static final String DEFAULT_USER = "RFC_USER";
    public static final String DEFAULT_PASSWORD = "mock-sap";

    private final Map<String, byte[]> passwords;

    private RfcUsers(Map<String, byte[]> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    public static RfcUsers defaults() {
        return new RfcUsers(Map.of(DEFAULT_USER, DEFAULT_PASSWORD.getBytes(StandardCharsets.UTF_8)));
    }

    /** A properties file, one {@code USER=password} a line. */
    public static RfcUsers fromFile(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, byte[]> passwords = new TreeMap<>();
        properties.stringPropertyNames().forEach(user -> passwords.put(user.strip().toUpperCase(Locale.ROOT),
                properties.getProperty(user).getBytes(StandardCharsets.UTF_8)));
        if (passwords.isEmpty()) {
            throw new IOException("users file " + file + " names no user");
        }
        return new RfcUsers(passwords);
    }

    /** Whether the user exists and the password is theirs (compared in constant time). */
    public boolean accepts(String user, String password) {
        if (user == null || password == null) {
            return false;
        }
        byte[] expected = passwords.get(user.strip().toUpperCase(Locale.ROOT));
        return expected != null && MessageDigest.isEqual(expected, password.getBytes(StandardCharsets.UTF_8));
    }

    public int size() {
        return passwords.size();
    }
}
