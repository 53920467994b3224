package org.presalesbridge.mocksap.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import org.presalesbridge.mocksap.sd.masterdata.MasterData;
import org.presalesbridge.mocksap.server.Faults;
import org.presalesbridge.mocksap.server.SimulatedSap;

/**
 * One standalone SAP system: the simulated SAP, its data directory, its gateway and its admin API,
 * started together and stopped together.
 */
public final class StandaloneSap implements AutoCloseable {

    /** The system's name: it prefixes the session ids in the ledger. */
    static final String SYSTEM_NAME = "MOCKSAP";

    private final SimulatedSap sap;
    private final Journal journal;
    private final Gateway gateway;
    private final AdminApi admin;

    private StandaloneSap(SimulatedSap sap, Journal journal, Gateway gateway, AdminApi admin) {
        this.sap = sap;
        this.journal = journal;
        this.gateway = gateway;
        this.admin = admin;
    }

    /** Starts everything the options ask for and says on {@code out} what listens where. */
    public static StandaloneSap start(MockSapOptions options, PrintStream out) throws IOException {
        Supplier<MasterData> masterData = options.masterDataDirectory()
                .<Supplier<MasterData>>map(directory -> () -> MasterData.fromDirectory(directory))
                .orElse(MasterData::fromClasspath);
        SimulatedSap sap = new SimulatedSap(SYSTEM_NAME, masterData, new Faults(), options.ledgerCapacity(),
                Clock.systemDefaultZone());
        RfcUsers users = options.usersFile().isPresent() ? RfcUsers.fromFile(options.usersFile().get())
                : RfcUsers.defaults();
        InetAddress bind = InetAddress.getByName(options.bindAddress());

        Journal journal = null;
        Gateway gateway = null;
        try {
            if (options.dataDirectory().isPresent()) {
                journal = Journal.open(options.dataDirectory().get(), sap, options.forceToDisk());
            }
            Runnable afterReset = journal == null ? () -> { } : startOver(journal);
            Runnable durability = journal == null ? () -> { } : journal::awaitDurable;
            gateway = new Gateway(sap, users, durability, new InetSocketAddress(bind, options.gatewayPort()));
            AdminApi admin = new AdminApi(sap.admin(), new DocumentDisplay(sap), afterReset, durability,
                    new InetSocketAddress(bind, options.adminPort()));
            gateway.start();
            admin.start();
            StandaloneSap started = new StandaloneSap(sap, journal, gateway, admin);
            started.describe(options, users, out);
            return started;
        } catch (IOException | RuntimeException e) {
            if (gateway != null) {
                gateway.close();
            }
            if (journal != null) {
                journal.close();
            }
            throw e;
        }
    }

    private void describe(MockSapOptions options, RfcUsers users, PrintStream out) {
        out.println("mock-sap: master data " + options.masterDataDirectory().map(Path::toString)
                .orElse("packaged in the jar"));
        out.println("mock-sap: " + options.dataDirectory()
                .map(directory -> "data directory " + directory + " (restored: state as of commit "
                        + journal.lastCommitSequence() + (options.forceToDisk() ? ")"
                        : "; commits not forced to disk: they survive this process, not the machine)"))
                .orElse("memory only: nothing survives a restart (--data-dir keeps it)"));
        out.println("mock-sap: " + (options.usersFile().isPresent() ? users.size() + " RFC users from "
                + options.usersFile().get() : "RFC user " + RfcUsers.DEFAULT_USER + " (default password, see docs)"));
        InetSocketAddress rfc = gateway.address();
        out.println("mock-sap: gateway listening on " + rfc.getAddress().getHostAddress() + ":" + rfc.getPort()
                + " (jco.client.ashost=" + rfc.getAddress().getHostAddress() + ", jco.client.sysnr="
                + options.systemNumber() + ")");
        out.println("mock-sap: admin API listening on " + adminUri());
        out.println("mock-sap: ready");
        out.flush();
    }

    public InetSocketAddress gatewayAddress() {
        return gateway.address();
    }

    public URI adminUri() {
        InetSocketAddress rfc = gateway.address();
        return URI.create("http://" + rfc.getAddress().getHostAddress() + ":" + admin.port() + "/");
    }

    public SimulatedSap sap() {
        return sap;
    }

    /** Stops taking connections and requests, ends every session (rollback), closes the data directory. */
    @Override
    public void close() {
        admin.close();
        gateway.close();
        if (journal != null) {
            journal.close();
        }
    }

    private static Runnable startOver(Journal journal) {
        return () -> {
            try {
                journal.startOver();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("the data directory could not start anew", e);
            }
        };
    }
}
