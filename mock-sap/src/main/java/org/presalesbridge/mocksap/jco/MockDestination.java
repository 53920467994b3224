package org.presalesbridge.mocksap.jco;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import com.sap.conn.jco.JCoAttributes;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoFunctionTemplate;
import com.sap.conn.jco.JCoRepository;
import com.sap.conn.jco.ext.DestinationDataProvider;

/** A destination: its logon properties (the password kept out of sight), its pool, its repository. */
public final class MockDestination implements JCoDestination {
    /** SAP's JCo defaults, as its documentation gives them. */
    static final int DEFAULT_POOL_CAPACITY = 1;
    static final int DEFAULT_PEAK_LIMIT = 0;
    static final long DEFAULT_MAX_GET_CLIENT_TIME = 30_000;

    private final String name;
    private final Properties properties;
    private final RfcServer server;
    private final ConnectionPool pool;
    private final Repository repository;
    private final AtomicLong calls = new AtomicLong();

    MockDestination(String name, Properties source, RfcServer server) throws JCoException {
        this.name = name;
        this.properties = new Properties();
        this.properties.putAll(source);
        this.server = server;
        this.pool = new ConnectionPool(name, server, this.properties, poolCapacity(), peakLimit(), maxGetClientTime());
        this.repository = new Repository(name, server);
    }

    void execute(FunctionImpl function) throws JCoException {
        calls.incrementAndGet();
        StatefulContexts.execute(this, function);
    }

    ConnectionPool pool() {
        return pool;
    }

    void close() {
        pool.close();
    }

    /** How many function calls went out through this destination. */
    public long callCount() {
        return calls.get();
    }

    /** Idle connections the pool keeps open now. */
    public int idleConnections() {
        return pool.idleCount();
    }

    private int number(String key, int fallback) throws JCoException {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new JCoException(JCoException.JCO_ERROR_CONFIGURATION, "JCO_ERROR_CONFIGURATION",
                    "Destination " + name + ": " + key + " is not a number: " + value);
        }
    }

    private int poolCapacity() throws JCoException {
        return number(DestinationDataProvider.JCO_POOL_CAPACITY, DEFAULT_POOL_CAPACITY);
    }

    private int peakLimit() throws JCoException {
        int peak = number(DestinationDataProvider.JCO_PEAK_LIMIT, DEFAULT_PEAK_LIMIT);
        int capacity = poolCapacity();
        return peak > 0 && peak < capacity ? capacity : peak;
    }

    private long maxGetClientTime() throws JCoException {
        return number(DestinationDataProvider.JCO_MAX_GET_TIME, (int) DEFAULT_MAX_GET_CLIENT_TIME);
    }

    @Override
    public String getDestinationName() {
        return name;
    }

    @Override
    public String getDestinationID() {
        return name;
    }

    @Override
    public String getApplicationServerHost() {
        return properties.getProperty(DestinationDataProvider.JCO_ASHOST);
    }

    @Override
    public String getSystemNumber() {
        return properties.getProperty(DestinationDataProvider.JCO_SYSNR);
    }

    @Override
    public String getClient() {
        return properties.getProperty(DestinationDataProvider.JCO_CLIENT);
    }

    @Override
    public String getLanguage() {
        return properties.getProperty(DestinationDataProvider.JCO_LANG);
    }

    @Override
    public String getUser() {
        return properties.getProperty(DestinationDataProvider.JCO_USER);
    }

    @Override
    public int getPeakLimit() {
        return silently(this::peakLimit);
    }

    @Override
    public int getPoolCapacity() {
        return silently(this::poolCapacity);
    }

    @Override
    public long getMaxGetClientTime() {
        return silently(() -> (int) maxGetClientTime());
    }

    private interface IntSetting {
        int get() throws JCoException;
    }

    private static int silently(IntSetting setting) {
        try {
            return setting.get();
        } catch (JCoException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public JCoAttributes getAttributes() throws JCoException {
        ping();
        return new Attributes(name, properties);
    }

    @Override
    public JCoRepository getRepository() {
        return repository;
    }

    /** Checks that SAP answers: logs on (or takes a pooled connection) and calls RFC_PING. */
    @Override
    public void ping() throws JCoException {
        JCoFunctionTemplate template = server.functionTemplate("RFC_PING");
        if (template == null) {
            pool.release(pool.acquire());
            return;
        }
        JCoFunction function = template.getFunction();
        StatefulContexts.execute(this, (FunctionImpl) function);
    }

    @Override
    public boolean isValid() {
        return true;
    }

    @Override
    public Properties getProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        copy.keySet().removeIf(key -> key.toString().toLowerCase(java.util.Locale.ROOT).contains("passw"));
        return copy;
    }

    @Override
    public String toString() {
        return "Destination " + name + " " + getProperties();
    }

    /** The function metadata of the destination's system, cached as JCo caches it. */
    private static final class Repository implements JCoRepository {
        private final String name;
        private final RfcServer server;
        private final java.util.Map<String, JCoFunctionTemplate> cache = new java.util.concurrent.ConcurrentHashMap<>();

        Repository(String name, RfcServer server) {
            this.name = name;
            this.server = server;
        }

        @Override
        public String getName() {
            return name;
        }

        /** Null when the system has no function module of that name, as in SAP's own example programs. */
        @Override
        public JCoFunctionTemplate getFunctionTemplate(String functionName) throws JCoException {
            String key = functionName.toUpperCase(java.util.Locale.ROOT);
            JCoFunctionTemplate template = cache.get(key);
            if (template == null) {
                template = server.functionTemplate(key);
                if (template != null) {
                    cache.put(key, template);
                }
            }
            return template;
        }

        @Override
        public JCoFunction getFunction(String functionName) throws JCoException {
            JCoFunctionTemplate template = getFunctionTemplate(functionName);
            return template == null ? null : template.getFunction();
        }

        @Override
        public com.sap.conn.jco.JCoRecordMetaData getStructureDefinition(String structureName) {
            for (JCoFunctionTemplate template : cache.values()) {
                com.sap.conn.jco.JCoRecordMetaData found = find(template, structureName);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private static com.sap.conn.jco.JCoRecordMetaData find(JCoFunctionTemplate template, String structure) {
            for (com.sap.conn.jco.JCoListMetaData list : new com.sap.conn.jco.JCoListMetaData[] {
                    template.getImportParameterList(), template.getExportParameterList(),
                    template.getChangingParameterList(), template.getTableParameterList()}) {
                for (int i = 0; list != null && i < list.getFieldCount(); i++) {
                    com.sap.conn.jco.JCoRecordMetaData record = list.getRecordMetaData(i);
                    if (record != null && record.getName().equals(structure)) {
                        return record;
                    }
                }
            }
            return null;
        }
    }
}
