package org.presalesbridge.mocksap.jco.support;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoDestinationManager;
import com.sap.conn.jco.JCoException;

import org.presalesbridge.mocksap.jco.InProcessSystems;

/** Starts a fresh {@link FakeSap} under a name of its own and a destination on it, for one test. */
public final class Systems {
    private static final AtomicInteger NEXT = new AtomicInteger();

    public final FakeSap sap = new FakeSap();
    public final String name;
    public final JCoDestination destination;

    private Systems(String prefix, Properties extra) throws JCoException {
        name = prefix + "_" + NEXT.incrementAndGet();
        InProcessSystems.register(name, sap);
        Properties properties = TestDestinationProvider.inProcess(name);
        properties.putAll(extra);
        TestDestinationProvider.install().define(name, properties);
        destination = JCoDestinationManager.getDestination(name);
    }

    public static Systems start(String prefix) throws JCoException {
        return new Systems(prefix, new Properties());
    }

    public static Systems start(String prefix, Properties extra) throws JCoException {
        return new Systems(prefix, extra);
    }

    public void stop() {
        TestDestinationProvider.install().remove(name);
        InProcessSystems.remove(name);
    }
}
