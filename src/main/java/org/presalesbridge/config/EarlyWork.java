package org.presalesbridge.config;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.presalesbridge.api.Contract;

/**
 * The start-up work that needs no setting, begun on a thread of its own as the process starts, beside Camel
 * Main's reading of the settings and its beans: the JSON mapper and the contract with its request schemas. Both
 * are immutable and shared by every bean (and every adapter in one JVM, as in the tests).
 */
public final class EarlyWork {

    private static CompletableFuture<Prepared> prepared;

    private record Prepared(ObjectMapper mapper, Contract contract) {
    }

    private EarlyWork() {
    }

    /** Begins the work, once per process; later calls do nothing. */
    public static synchronized void begin() {
        if (prepared == null) {
            prepared = CompletableFuture.supplyAsync(EarlyWork::prepare, work -> {
                Thread thread = new Thread(work, "early-start");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /**
     * The adapter's JSON mapper: ISO-8601 dates, decimals as BigDecimal, unknown properties left to the contract.
     * It reads one JSON value and nothing after it, and no object with a member name twice (a request's body
     * is refused, not read up to its first value or with the last of two values): the JSON it reads besides the
     * requests is the adapter's own (the contract, what it wrote to its store).
     */
    public static ObjectMapper mapper() {
        return prepared().mapper();
    }

    public static Contract contract() {
        return prepared().contract();
    }

    private static Prepared prepared() {
        begin();
        try {
            return prepared.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static Prepared prepare() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return new Prepared(mapper, new Contract(mapper));
    }
}
