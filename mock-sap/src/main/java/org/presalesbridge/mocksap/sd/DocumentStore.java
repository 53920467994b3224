package org.presalesbridge.mocksap.sd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * The database: committed documents, the document flow and the change documents. Written only by
 * commits (one at a time), read by anyone without locking.
 */
final class DocumentStore {

    private final Map<String, SalesDocument> documents = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> documentsByCustomer = new ConcurrentHashMap<>();
    private final Map<String, List<DocumentFlowLink>> flowByDocument = new ConcurrentHashMap<>();
    private final Queue<DocumentFlowLink> flows = new ConcurrentLinkedQueue<>();
    private final Queue<ChangeDocument> changeDocuments = new ConcurrentLinkedQueue<>();

    Optional<SalesDocument> document(String number) {
        return Optional.ofNullable(documents.get(number));
    }

    /** The documents whose sold-to party is the customer, by number. */
    List<SalesDocument> documentsOf(String customer) {
        Set<String> numbers = documentsByCustomer.getOrDefault(customer, Set.of());
        return numbers.stream().sorted().map(documents::get).toList();
    }

    Stream<SalesDocument> documents() {
        return documents.values().stream().sorted(Comparator.comparing(SalesDocument::number));
    }

    int documentCount() {
        return documents.size();
    }

    List<DocumentFlowLink> flowOf(String document) {
        return flowByDocument.getOrDefault(document, List.of());
    }

    Stream<DocumentFlowLink> flows() {
        return flows.stream();
    }

    Stream<ChangeDocument> changeDocuments() {
        return changeDocuments.stream();
    }

    void put(SalesDocument document) {
        documents.put(document.number(), document);
        documentsByCustomer.computeIfAbsent(document.header().soldTo(), c -> ConcurrentHashMap.newKeySet())
                .add(document.number());
    }

    void add(DocumentFlowLink link) {
        flows.add(link);
        append(link.precedingDocument(), link);
        append(link.subsequentDocument(), link);
    }

    private void append(String document, DocumentFlowLink link) {
        flowByDocument.merge(document, List.of(link), (old, added) -> {
            List<DocumentFlowLink> joined = new ArrayList<>(old);
            joined.addAll(added);
            return List.copyOf(joined);
        });
    }

    void add(ChangeDocument changeDocument) {
        changeDocuments.add(changeDocument);
    }

    void clear() {
        documents.clear();
        documentsByCustomer.clear();
        flowByDocument.clear();
        flows.clear();
        changeDocuments.clear();
    }
}
