package org.presalesbridge.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.VertxOptions;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.PropertyInject;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.SimpleEventNotifierSupport;
import org.apache.camel.support.service.ServiceSupport;

import org.presalesbridge.api.ApiPort;
import org.presalesbridge.api.AsyncRequests;
import org.presalesbridge.api.Contract;
import org.presalesbridge.api.DocumentAnswers;
import org.presalesbridge.api.DocumentRequests;
import org.presalesbridge.api.IdempotencyKeys;
import org.presalesbridge.api.ProblemAnswers;
import org.presalesbridge.api.Readiness;
import org.presalesbridge.api.RequestRules;
import org.presalesbridge.api.RestBindings;
import org.presalesbridge.api.UnmatchedRequests;
import org.presalesbridge.sap.ResilientSapConnector;
import org.presalesbridge.sap.SapConnector;
import org.presalesbridge.sap.SapConnectorKind;
import org.presalesbridge.store.AcceptedRequests;
import org.presalesbridge.store.AuditTrail;
import org.presalesbridge.store.DocumentKeys;
import org.presalesbridge.store.IdempotencyRecords;
import org.presalesbridge.store.Store;
import org.presalesbridge.translation.CodeTables;
import org.presalesbridge.writes.AcceptedRequestDelivery;
import org.presalesbridge.writes.DocumentWrites;

/**
 * The adapter's beans, made from the settings in {@code application.properties} (each overridable from the
 * environment: {@code sap.jco.client.ashost} by {@code SAP_JCO_CLIENT_ASHOST}). The routes in {@code routes/}
 * call them by name.
 */
public class PresalesBridgeConfiguration implements CamelConfiguration, CamelContextAware {

    /** HTTP worker threads per SAP connection by default, besides Vert.x's own 20: see {@link #vertxOptions()}. */
    private static final int WORKERS_PER_SAP_CONNECTION = 2;

    private CamelContext camelContext;

    @PropertyInject(value = "camel.server.enabled", defaultValue = "false")
    private boolean apiServer;

    @PropertyInject(value = "camel.server.host", defaultValue = "0.0.0.0")
    private String apiHost;

    @PropertyInject(value = "camel.server.port", defaultValue = "8080")
    private int apiPort;

    @PropertyInject(value = "api.max-body-size", defaultValue = "262144")
    private long maxBodySize;

    @PropertyInject(value = "camel.server.max-body-size", defaultValue = "-1")
    private long serverMaxBodySize;

    @PropertyInject(value = "api.max-items", defaultValue = "500")
    private int maxItems;

    @PropertyInject(value = "api.worker-threads", defaultValue = "")
    private String workerThreads;

    @PropertyInject(value = "sap.connector", defaultValue = "jco")
    private String connector;

    @PropertyInject(value = "sap.mapping-file", defaultValue = "")
    private String mappingFile;

    @PropertyInject(value = "sap.call-timeout-millis", defaultValue = "30000")
    private long callTimeoutMillis;

    @PropertyInject(value = "sap.retry.max-attempts", defaultValue = "3")
    private int retryMaxAttempts;

    @PropertyInject(value = "sap.retry.initial-backoff-millis", defaultValue = "100")
    private long retryInitialBackoffMillis;

    @PropertyInject(value = "sap.retry.max-backoff-millis", defaultValue = "2000")
    private long retryMaxBackoffMillis;

    @PropertyInject(value = "sap.retry.lock-messages", defaultValue = "V1 042")
    private String retryLockMessages;

    @PropertyInject(value = "sap.circuit.failure-threshold", defaultValue = "5")
    private int circuitFailureThreshold;

    @PropertyInject(value = "sap.circuit.open-millis", defaultValue = "10000")
    private long circuitOpenMillis;

    @PropertyInject(value = "sap.bulkhead.max-wait-millis", defaultValue = "500")
    private long bulkheadMaxWaitMillis;

    @PropertyInject(value = "store.url", defaultValue = "")
    private String storeUrl;

    @PropertyInject(value = "store.user", defaultValue = "")
    private String storeUser;

    @PropertyInject(value = "store.password", defaultValue = "")
    private String storePassword;

    @PropertyInject(value = "store.data-dir", defaultValue = "data")
    private String dataDir;

    @PropertyInject(value = "store.lease-seconds", defaultValue = "20")
    private long leaseSeconds;

    @PropertyInject(value = "store.claim-wait-millis", defaultValue = "10000")
    private long claimWaitMillis;

    @PropertyInject(value = "idempotency.retention-hours", defaultValue = "24")
    private long retentionHours;

    @PropertyInject(value = "async.delivery-threads", defaultValue = "4")
    private int deliveryThreads;

    @PropertyInject(value = "async.poll-millis", defaultValue = "250")
    private long pollMillis;

    @PropertyInject(value = "async.retry-initial-backoff-millis", defaultValue = "1000")
    private long asyncInitialBackoffMillis;

    @PropertyInject(value = "async.retry-max-backoff-millis", defaultValue = "60000")
    private long asyncMaxBackoffMillis;

    @PropertyInject(value = "async.retention-hours", defaultValue = "168")
    private long asyncRetentionHours;

    @PropertyInject(value = "camel.main.shutdown-timeout", defaultValue = "30")
    private long shutdownTimeoutSeconds;

    @BindToRegistry
    public ObjectMapper objectMapper() {
        return EarlyWork.mapper();
    }

    /**
     * The HTTP server's worker threads (Vert.x's worker pool, where Camel runs each request). A request waits on
     * its worker while SAP works, so the pool is sized from the SAP pool: {@code api.worker-threads}, or by default
     * twice {@code peak_limit} plus Vert.x's own 20. A document holds its worker for longer than its SAP
     * connection: it also waits for the store's commits of its claim and of SAP's answer, and for a connection
     * when all are busy. With one worker per connection those waits would leave connections idle; with twice as
     * many, the next document is ready when a connection comes free, and requests that do not reach SAP still
     * find a thread. Vert.x's default of 20 would cap a larger SAP pool at 20 documents at once.
     */
    @BindToRegistry
    public VertxOptions vertxOptions() {
        return new VertxOptions().setWorkerPoolSize(workerPoolSize());
    }

    private int workerPoolSize() {
        if (workerThreads != null && !workerThreads.isBlank()) {
            int threads = Integer.parseInt(workerThreads.strip());
            if (threads < 1) {
                throw new IllegalStateException("api.worker-threads=" + workerThreads + " must be at least 1");
            }
            return threads;
        }
        return WORKERS_PER_SAP_CONNECTION * chosenSapConnector().connections() + VertxOptions.DEFAULT_WORKER_POOL_SIZE;
    }

    @BindToRegistry
    public CodeTables codeTables() {
        return CodeTables.load(mappingFile);
    }

    @BindToRegistry
    public synchronized Contract contract() {
        if (contract == null) {
            // made beside Camel Main's start-up; rewritten only where the team's SAP has other material numbers or
            // another length of the customer purchase order number
            contract = EarlyWork.contract().withMaterialLength(codeTables().materialLength(), objectMapper())
                    .withExternalIdLength(codeTables().externalIdLength(), objectMapper());
        }
        return contract;
    }

    private Contract contract;

    @BindToRegistry
    public DocumentRequests documentRequests(Contract contract, CodeTables codeTables, ObjectMapper objectMapper) {
        return new DocumentRequests(contract, new RequestRules(codeTables, maxItems), objectMapper, maxBodySize);
    }

    @BindToRegistry
    public DocumentAnswers documentAnswers(ObjectMapper objectMapper, Contract contract) {
        return new DocumentAnswers(objectMapper, contract);
    }

    @BindToRegistry
    public ProblemAnswers problemAnswers(ObjectMapper objectMapper) {
        return new ProblemAnswers(objectMapper);
    }

    private SapConnector chosenConnector;

    /** The connector {@code sap.connector} chooses (one of the {@link SapConnectorKind}s), made once. */
    @BindToRegistry
    public synchronized SapConnector chosenSapConnector() {
        if (chosenConnector == null) {
            chosenConnector = SapConnectorKind.named(connector).create(this::setting, codeTables());
        }
        return chosenConnector;
    }

    /** The connector the routes use: the chosen one, with retries, a circuit breaker and a bulkhead around it. */
    @BindToRegistry
    public ResilientSapConnector sapConnector() {
        Set<String> lockMessages = Arrays.stream(retryLockMessages.split(","))
                .map(String::strip).filter(code -> !code.isEmpty()).collect(Collectors.toSet());
        SapConnector chosen = chosenSapConnector();
        return new ResilientSapConnector(chosen, new ResilientSapConnector.Settings(retryMaxAttempts,
                Duration.ofMillis(retryInitialBackoffMillis), Duration.ofMillis(retryMaxBackoffMillis), lockMessages,
                circuitFailureThreshold, Duration.ofMillis(circuitOpenMillis), chosen.connections(),
                Duration.ofMillis(bulkheadMaxWaitMillis)));
    }

    /** A setting by its name, the environment's override applied; empty when not set or blank. */
    private Optional<String> setting(String name) {
        return camelContext.getPropertiesComponent().resolveProperty(name).filter(value -> !value.isBlank());
    }

    /** One store per adapter process: Camel may call a bean method again to resolve another bean's parameter. */
    private Store store;

    @BindToRegistry(destroyMethod = "close")
    public synchronized Store store() {
        if (store == null) {
            // opened beside the rest of the start-up; the adapter is started only once it is open (configure)
            store = Store.openInBackground(storeUrl, storeUser, storePassword, Path.of(dataDir),
                    Duration.ofSeconds(leaseSeconds));
        }
        return store;
    }

    @BindToRegistry
    public IdempotencyRecords idempotencyRecords(Store store) {
        IdempotencyRecords records = new IdempotencyRecords(store, Duration.ofHours(retentionHours),
                Duration.ofMillis(2 * callTimeoutMillis));
        store.every(Duration.ofMinutes(10), records::purgeExpired);
        return records;
    }

    @BindToRegistry
    public IdempotencyKeys idempotencyKeys(IdempotencyRecords records) {
        return new IdempotencyKeys(records);
    }

    @BindToRegistry
    public Readiness readiness(ResilientSapConnector sapConnector, ObjectMapper objectMapper) {
        return new Readiness(sapConnector, objectMapper);
    }

    @BindToRegistry
    public DocumentWrites documentWrites(ResilientSapConnector sapConnector, Store store) {
        return new DocumentWrites(sapConnector, new DocumentKeys(store), new AuditTrail(store), claimWaitMillis);
    }

    private AcceptedRequests acceptedRequests;

    @BindToRegistry
    public synchronized AcceptedRequests acceptedRequests() {
        if (acceptedRequests == null) {
            acceptedRequests = new AcceptedRequests(store());
            Duration retention = Duration.ofHours(asyncRetentionHours);
            store().every(Duration.ofMinutes(10), () -> acceptedRequests.purgeFinished(retention));
        }
        return acceptedRequests;
    }

    @BindToRegistry
    public AsyncRequests asyncRequests() {
        return new AsyncRequests(acceptedRequests(), objectMapper());
    }

    /**
     * Delivers the requests accepted with {@code Prefer: respond-async}, made once the beans it shares with the
     * routes are bound (the SAP connector with its bulkhead and circuit, the writes): {@code async.delivery-threads}
     * documents at once, at most {@code peak_limit} - 1 (and at least one), so that synchronous requests still find an
     * SAP connection.
     */
    private AcceptedRequestDelivery acceptedRequestDelivery(CamelContext camelContext) {
        int threads = Math.max(1, Math.min(deliveryThreads, chosenSapConnector().connections() - 1));
        AcceptedRequestDelivery delivery = new AcceptedRequestDelivery(acceptedRequests(),
                camelContext.getRegistry().findSingleByType(DocumentWrites.class),
                camelContext.getRegistry().findSingleByType(ResilientSapConnector.class), store(), objectMapper(),
                new AcceptedRequestDelivery.Settings(threads, Duration.ofMillis(pollMillis),
                        Duration.ofMillis(asyncInitialBackoffMillis), Duration.ofMillis(asyncMaxBackoffMillis),
                        Duration.ofSeconds(shutdownTimeoutSeconds), Duration.ofMillis(callTimeoutMillis)));
        camelContext.getRegistry().bind("acceptedRequestDelivery", delivery);
        return delivery;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    /**
     * Once the beans are bound: the chosen connector starts (JCo: finds its library and registers its
     * destination) and is closed when the context stops, after the routes and the delivery; once the store is open
     * and the routes run, accepted requests are delivered; on stop the delivery ends with the context.
     */
    @Override
    public void configure(CamelContext camelContext) {
        if (apiServer) {
            ApiPort.check(apiHost, apiPort);
        }
        SapConnector chosen = chosenSapConnector();
        chosen.start();
        AcceptedRequestDelivery accepted = acceptedRequestDelivery(camelContext);
        try {
            camelContext.addService(new ServiceSupport() {
                @Override
                protected void doStop() {
                    chosen.close();
                }
            }, true, false);
            // first, so that requests are answered 503 while the next listener waits for the store
            Contract contract = contract();
            camelContext.addStartupListener(new UnmatchedRequests(objectMapper(), contract, serverMaxBodySize));
            camelContext.addStartupListener((context, alreadyStarted) -> store().awaitOpen());
            camelContext.addStartupListener(new RestBindings(contract));
            camelContext.addService(accepted, true, false);
            // SIGTERM: no delivery starts once the adapter begins to stop, while the requests in flight drain
            camelContext.getManagementStrategy().addEventNotifier(new SimpleEventNotifierSupport() {
                @Override
                public void notify(CamelEvent event) {
                    if (event instanceof CamelEvent.CamelContextStoppingEvent) {
                        accepted.stopClaiming();
                    }
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot register the answer to requests no route takes, or the delivery "
                    + "of accepted requests", e);
        }
    }
}
