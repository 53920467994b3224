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
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;

/**
 * The database: committed documents, the document flow and the change documents. Written only by
 * commits (one at a time), read by anyone without locking.
 */
final class DocumentStore {

    private final Map<String, SalesDocument> documents = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> documentsByCustomer = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> documentsByPurchaseOrder = new ConcurrentHashMap<>();
    private final Map<String, List<DocumentFlowLink>> flowByDocument = new ConcurrentHashMap<>();
    private final Queue<DocumentFlowLink> flows = new ConcurrentLinkedQueue<>();
    private final Queue<ChangeDocument> changeDocuments = new ConcurrentLinkedQueue<>();
    /** What the documents share (used by the writes only, which come one at a time). */
    private final SharedValues shared = new SharedValues();

    Optional<SalesDocument> document(String number) {
        return Optional.ofNullable(documents.get(number));
    }

    /** The documents whose sold-to party is the customer, by number. */
    List<SalesDocument> documentsOf(String customer) {
        return documentsByCustomer.getOrDefault(customer, Set.of()).stream().map(documents::get).toList();
    }

    /** The documents with this customer purchase order number (BSTNK), by number. */
    List<SalesDocument> documentsWithPurchaseOrder(String purchaseOrderNumber) {
        return documentsByPurchaseOrder.getOrDefault(purchaseOrderNumber, Set.of()).stream().map(documents::get)
                .toList();
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

    void put(SalesDocument saved) {
        SalesDocument document = shared.share(saved);
        SalesDocument before = documents.put(document.number(), document);
        index(documentsByCustomer, document.header().soldTo(), document.number());
        String purchaseOrder = document.header().data().purchaseOrderNumber();
        if (before != null && !before.header().data().purchaseOrderNumber().equals(purchaseOrder)) {
            documentsByPurchaseOrder.getOrDefault(before.header().data().purchaseOrderNumber(), Set.of())
                    .remove(document.number());
        }
        if (!purchaseOrder.isEmpty()) {
            index(documentsByPurchaseOrder, purchaseOrder, document.number());
        }
    }

    private static void index(Map<String, Set<String>> index, String key, String number) {
        index.computeIfAbsent(key, k -> new ConcurrentSkipListSet<>()).add(number);
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
        shared.clear();
        documents.clear();
        documentsByCustomer.clear();
        documentsByPurchaseOrder.clear();
        flowByDocument.clear();
        flows.clear();
        changeDocuments.clear();
    }
}
