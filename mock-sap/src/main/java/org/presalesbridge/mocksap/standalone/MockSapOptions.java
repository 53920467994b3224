package org.presalesbridge.mocksap.standalone;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.presalesbridge.mocksap.jco.remote.GatewayProtocol;

/**
 * How the standalone mock-sap is started: each option from the command line, else from its
 * environment variable, else its default.
 *
 * @param systemNumber SAP system number (sysnr); the gateway listens on port 33 + sysnr
 * @param bindAddress  the address both ports bind to; loopback unless told otherwise
 * @param adminPort    the admin HTTP API's port, 0 for any free port
 * @param dataDirectory where committed documents survive a restart; empty: memory only
 * @param forceToDisk   whether commits in the data directory are forced to disk (fsync) before
 *                      their answer; without, they survive the process but not the machine
 * @param usersFile    a properties file {@code USER=password}; empty: the default user
 * @param masterDataDirectory the master data CSV files; empty: the ones shipped in the jar
 * @param ledgerCapacity how many of the newest calls, and of the newest committed documents, the ledger keeps
 */
public record MockSapOptions(String systemNumber, String bindAddress, int adminPort,
                             Optional<Path> dataDirectory, boolean forceToDisk, Optional<Path> usersFile,
                             Optional<Path> masterDataDirectory, int ledgerCapacity) {

    /** Every option: command line name, environment variable, default, what it means. */
    enum Option {
        SYSNR("--sysnr", "MOCKSAP_SYSNR", "00", "SAP system number; the gateway listens on port 33<sysnr>"),
        BIND("--bind", "MOCKSAP_BIND", "127.0.0.1", "address to listen on (gateway and admin API)"),
        ADMIN_PORT("--admin-port", "MOCKSAP_ADMIN_PORT", "8099", "admin HTTP API port (0: any free port)"),
        DATA_DIR("--data-dir", "MOCKSAP_DATA_DIR", null, "keep committed documents here across restarts"),
        FSYNC("--fsync", "MOCKSAP_FSYNC", "yes", "yes: force each commit to disk; no: faster, survives the process only"),
        USERS("--users", "MOCKSAP_USERS_FILE", null, "properties file USER=password of the RFC users"),
        MASTER_DATA("--master-data", "MOCKSAP_MASTER_DATA", null, "directory with master data CSV files"),
        LEDGER_CAPACITY("--ledger-capacity", "MOCKSAP_LEDGER_CAPACITY", "10000",
                "newest calls and committed documents the admin API's ledger lists");

        final String flag;
        final String environmentVariable;
        final String defaultValue;
        final String description;

        Option(String flag, String environmentVariable, String defaultValue, String description) {
            this.flag = flag;
            this.environmentVariable = environmentVariable;
            this.defaultValue = defaultValue;
            this.description = description;
        }
    }

    public MockSapOptions {
        GatewayProtocol.port(systemNumber); // validates
        if (adminPort < 0 || adminPort > 65535) {
            throw new IllegalArgumentException("admin port out of range: " + adminPort);
        }
        if (ledgerCapacity < 1) {
            throw new IllegalArgumentException("--ledger-capacity must be at least 1: " + ledgerCapacity);
        }
    }

    public int gatewayPort() {
        return GatewayProtocol.port(systemNumber);
    }

    /** Reads the command line, falling back to the environment. */
    public static MockSapOptions parse(String[] args, Map<String, String> environment) {
        Map<Option, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            Option option = byFlag(args[i]);
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            values.put(option, args[++i]);
        }
        for (Option option : Option.values()) {
            values.computeIfAbsent(option, o -> environment.getOrDefault(o.environmentVariable, o.defaultValue));
        }
        return new MockSapOptions(values.get(Option.SYSNR), values.get(Option.BIND),
                number(Option.ADMIN_PORT, values.get(Option.ADMIN_PORT)),
                path(values.get(Option.DATA_DIR)), yesOrNo(Option.FSYNC, values.get(Option.FSYNC)),
                path(values.get(Option.USERS)),
                path(values.get(Option.MASTER_DATA)),
                number(Option.LEDGER_CAPACITY, values.get(Option.LEDGER_CAPACITY)));
    }

    private static int number(Option option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option.flag + " must be a number: " + value);
        }
    }

    private static Option byFlag(String flag) {
        for (Option option : Option.values()) {
            if (option.flag.equals(flag)) {
                return option;
            }
        }
        throw new IllegalArgumentException("unknown option " + flag + "\n" + usage());
    }

    private static boolean yesOrNo(Option option, String value) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(option.flag + " takes yes or no, was " + value);
        };
    }

    private static Optional<Path> path(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    public static String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar presales-bridge-mock-sap.jar [options]\n");
        for (Option option : Option.values()) {
            text.append(String.format("  %-16s %-20s %s%s%n", option.flag + " X", option.environmentVariable,
                    option.description, option.defaultValue == null ? "" : " (default " + option.defaultValue + ")"));
        }
        return text.toString();
    }
}
