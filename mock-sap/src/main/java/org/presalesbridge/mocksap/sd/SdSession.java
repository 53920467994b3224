package org.presalesbridge.mocksap.sd;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.presalesbridge.mocksap.sd.LockTable.LockOwner;
import org.presalesbridge.mocksap.sd.masterdata.ConversionExits;
import org.presalesbridge.mocksap.sd.masterdata.DocumentType;

/**
 * One ABAP session and its logical unit of work (LUW): what it creates or changes stays its own
 * until {@link #commit()}; {@link #rollback()} discards it (numbers drawn stay used). Changing a
 * document locks it until commit or rollback. Used by one thread at a time.
 */
public final class SdSession {

    private final SdSystem system;
    private final LockOwner owner;
    private final Map<String, SalesDocument> pending = new LinkedHashMap<>();
    private final List<DocumentFlowLink> pendingFlows = new ArrayList<>();
    private final Set<String> locked = new HashSet<>();
    private long workGeneration;

    SdSession(SdSystem system, String id, String user) {
        this.system = system;
        this.owner = new LockOwner(id, user);
    }

    public String id() {
        return owner.sessionId();
    }

    public String user() {
        return owner.user();
    }

    public MessageCatalog messages() {
        return system.messages();
    }

    /** A document as this session sees it: its own uncommitted version, else the committed one. */
    public Optional<SalesDocument> document(String number) {
        SalesDocument own = pending.get(number);
        return own != null ? Optional.of(own) : system.committedDocument(number);
    }

    /** The document flow of a document as this session sees it. */
    public List<DocumentFlowLink> flowOf(String number) {
        List<DocumentFlowLink> flow = new ArrayList<>(system.committedFlowOf(number));
        pendingFlows.stream().filter(link -> link.concerns(number)).forEach(flow::add);
        return flow;
    }

    public boolean hasUncommittedWork() {
        return !pending.isEmpty();
    }

    // ------------------------------------------------------------------ create

    /** Creates a document of the given category (the BAPI's business object); in a test run saves nothing. */
    public SdResult create(CreateRequest request, DocumentCategory category) {
        MessageCatalog messages = system.messages();
        DocumentAssembler.Assembly assembly = system.assembler().create(request, category,
                system::committedDocument, system.stamp(user()));
        if (assembly.failed()) {
            return failed(assembly.errors());
        }
        SalesDocument document = assembly.document();
        DocumentType type = system.masterData().documentType(document.header().documentType()).orElseThrow();
        List<SdMessage> processed = new ArrayList<>(List.of(headerProcessed()));
        for (int row = 1; row <= document.items().size(); row++) {
            processed.add(itemProcessed(document.items().get(row - 1).number(), row));
        }
        purchaseOrderExists(document).ifPresent(processed::add);
        if (request.testRun()) {
            return new SdResult("", processed);
        }
        Set<String> references = referencedDocuments(document);
        for (String reference : references) {
            Optional<SdMessage> conflict = lock(reference);
            if (conflict.isPresent()) {
                return failed(List.of(conflict.get()));
            }
        }
        OptionalLong number = system.drawNumber(type);
        if (number.isEmpty()) {
            return failed(List.of(messages.error(MessageKey.NUMBER_RANGE_EXHAUSTED, type.code())));
        }
        String documentNumber = String.format("%010d", number.getAsLong());
        document = document.withHeader(document.header().withNumber(documentNumber));
        remember(document);
        for (String reference : references) {
            linkToReference(document, reference);
        }
        List<SdMessage> result = new ArrayList<>(processed);
        result.add(saved(type, documentNumber));
        return new SdResult(documentNumber, result);
    }

    /**
     * SD's purchase order check (document type setting "check purchase order number"): a warning, not an error,
     * when the sold-to party has a document with the same customer purchase order number already.
     */
    private Optional<SdMessage> purchaseOrderExists(SalesDocument document) {
        String purchaseOrder = document.header().data().purchaseOrderNumber();
        if (purchaseOrder == null || purchaseOrder.isBlank()) {
            return Optional.empty();
        }
        return system.committedDocumentsWithPurchaseOrder(purchaseOrder).stream()
                .filter(other -> other.header().soldTo().equals(document.header().soldTo()))
                .findFirst()
                .map(other -> system.messages().message('W', MessageKey.PURCHASE_ORDER_EXISTS, purchaseOrder,
                        ConversionExits.alphaOutput(other.header().soldTo()), ConversionExits.alphaOutput(other.number()))
                        .at(DocumentAssembler.HEADER_PARAMETER, 0, "PURCH_NO_C"));
    }

    /**
     * BAPI_SALESORDER_SIMULATE: the full check and pricing of a new document of the category its document type
     * names, as create would do it; nothing is saved, no number drawn, nothing locked.
     */
    public SdSimulation simulate(CreateRequest request) {
        DocumentCategory category = system.masterData().documentType(request.header().documentType())
                .flatMap(type -> DocumentCategory.of(type.category())).orElse(DocumentCategory.ORDER);
        DocumentAssembler.Assembly assembly = system.assembler().create(request, category,
                system::committedDocument, system.stamp(user()));
        if (assembly.failed()) {
            return new SdSimulation(null, assembly.errors());
        }
        return new SdSimulation(assembly.document(), purchaseOrderExists(assembly.document()).stream().toList());
    }

    private static Set<String> referencedDocuments(SalesDocument document) {
        Set<String> references = new HashSet<>();
        document.items().stream().map(i -> i.data().referenceDocument()).filter(r -> !r.isEmpty())
                .forEach(references::add);
        return references;
    }

    /** Flow records from the reference's items to the new document's items; the referenced items are completed. */
    private void linkToReference(SalesDocument document, String referenceNumber) {
        SalesDocument reference = document(referenceNumber).orElseThrow();
        Stamp now = system.stamp(user());
        List<Item> referenceItems = new ArrayList<>(reference.items());
        for (Item item : document.items()) {
            if (!item.data().referenceDocument().equals(referenceNumber)) {
                continue;
            }
            pendingFlows.add(new DocumentFlowLink(referenceNumber, item.data().referenceItem(), reference.category(),
                    document.number(), item.number(), document.category(), item.orderQuantity(), item.salesUnit(),
                    item.netValue(), document.header().currency(), now.date(), now.time()));
            referenceItems.replaceAll(r -> r.number().equals(item.data().referenceItem())
                    ? r.withReferenceStatus(Item.COMPLETED) : r);
        }
        remember(reference.withItems(referenceItems));
    }

    // ------------------------------------------------------------------ change

    /** Changes a document of the given category; in a simulation saves nothing. */
    public SdResult change(ChangeRequest request, DocumentCategory category) {
        MessageCatalog messages = system.messages();
        String number = request.documentNumber();
        SalesDocument current = document(number).orElse(null);
        if (current == null) {
            return failed(List.of(messages.error(MessageKey.DOCUMENT_NOT_FOUND, ConversionExits.alphaOutput(number))
                    .at("SALESDOCUMENT", 0, "")));
        }
        if (current.category() != category.code()) {
            return failed(List.of(messages.error(MessageKey.DOCUMENT_WRONG_CATEGORY,
                    ConversionExits.alphaOutput(number), category.text()).at("SALESDOCUMENT", 0, "")));
        }
        boolean heldBefore = locked.contains(number);
        Optional<SdMessage> conflict = lock(number);
        if (conflict.isPresent()) {
            return failed(List.of(conflict.get()));
        }
        Stamp now = system.stamp(user());
        DocumentAssembler.Assembly assembly = system.assembler().change(current, request, now);
        if (assembly.failed()) {
            return failed(assembly.errors());
        }
        SalesDocument changed = stampChanges(current, assembly.document(), now);
        DocumentType type = system.masterData().documentType(current.header().documentType()).orElseThrow();
        List<SdMessage> result = new ArrayList<>(List.of(headerProcessed()));
        for (int row = 1; row <= request.items().size(); row++) {
            result.add(itemProcessed(request.items().get(row - 1).number(), row));
        }
        if (request.simulation()) {
            if (!heldBefore) {
                unlock(number);
            }
            return new SdResult(number, result);
        }
        remember(changed);
        result.add(saved(type, number));
        return new SdResult(number, result);
    }

    /** The changed document with AEDAT set on its header and on every item that changed. */
    private static SalesDocument stampChanges(SalesDocument before, SalesDocument after, Stamp now) {
        List<Item> items = after.items().stream()
                .map(item -> before.item(item.number()).filter(item::equals).isPresent() ? item
                        : item.changedOn(now.date()))
                .toList();
        return after.withItems(items).withHeader(after.header().changedOn(now.date()));
    }

    // ------------------------------------------------------------------ locks

    /** Locks a document for this session; the lock message when someone else holds it. */
    public Optional<SdMessage> lock(String number) {
        Optional<LockOwner> holder = system.locks().lock(number, owner);
        if (holder.isPresent()) {
            return Optional.of(system.messages().error(MessageKey.DOCUMENT_LOCKED,
                    ConversionExits.alphaOutput(number), holder.get().user()).at("SALESDOCUMENT", 0, ""));
        }
        locked.add(number);
        return Optional.empty();
    }

    public void unlock(String number) {
        system.locks().unlock(number, owner);
        locked.remove(number);
    }

    // ------------------------------------------------------------------ LUW

    /** Writes the session's work to the database (COMMIT WORK) and releases its locks. */
    public Optional<CommittedLuw> commit() {
        try {
            if (pending.isEmpty()) {
                return Optional.empty();
            }
            return system.commit(workGeneration, id(), user(), List.copyOf(pending.values()),
                    List.copyOf(pendingFlows));
        } finally {
            discard();
        }
    }

    /** Discards the session's work (ROLLBACK WORK) and releases its locks. */
    public void rollback() {
        discard();
    }

    private void discard() {
        pending.clear();
        pendingFlows.clear();
        locked.forEach(number -> system.locks().unlock(number, owner));
        locked.clear();
    }

    private void remember(SalesDocument document) {
        if (pending.isEmpty()) {
            workGeneration = system.generation();
        }
        pending.put(document.number(), document);
    }

    // ------------------------------------------------------------------ messages

    private SdResult failed(List<SdMessage> errors) {
        List<SdMessage> messages = new ArrayList<>(errors);
        messages.add(system.messages().error(MessageKey.DOCUMENT_NOT_CHANGED));
        return new SdResult("", messages);
    }

    /** SAP's success lines for the header and each item: V4 233 "SALES_HEADER_IN has been processed successfully". */
    private SdMessage headerProcessed() {
        return system.messages().success(MessageKey.STRUCTURE_PROCESSED, DocumentAssembler.HEADER_PARAMETER)
                .withVariables("VBAKKOM", "", "", "").at(DocumentAssembler.HEADER_PARAMETER, 0, "");
    }

    private SdMessage itemProcessed(String item, int row) {
        return system.messages().success(MessageKey.STRUCTURE_PROCESSED, DocumentAssembler.ITEM_PARAMETER)
                .withVariables("VBAPKOM", item, "", "").at(DocumentAssembler.ITEM_PARAMETER, row, "");
    }

    private SdMessage saved(DocumentType type, String number) {
        return system.messages().success(MessageKey.DOCUMENT_SAVED, type.name(), ConversionExits.alphaOutput(number))
                .at(DocumentAssembler.HEADER_PARAMETER, 0, "");
    }
}
