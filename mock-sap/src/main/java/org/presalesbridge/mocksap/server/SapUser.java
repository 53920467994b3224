package org.presalesbridge.mocksap.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.presalesbridge.mocksap.sd.ChangeRequest;
import org.presalesbridge.mocksap.sd.CreateRequest;
import org.presalesbridge.mocksap.sd.DocumentCategory;
import org.presalesbridge.mocksap.sd.HeaderData;
import org.presalesbridge.mocksap.sd.Item;
import org.presalesbridge.mocksap.sd.ItemData;
import org.presalesbridge.mocksap.sd.ItemInput;
import org.presalesbridge.mocksap.sd.MessageKey;
import org.presalesbridge.mocksap.sd.SalesDocument;
import org.presalesbridge.mocksap.sd.ScheduleLine;
import org.presalesbridge.mocksap.sd.ScheduleLineInput;
import org.presalesbridge.mocksap.sd.SdMessage;
import org.presalesbridge.mocksap.sd.SdResult;
import org.presalesbridge.mocksap.sd.SdSession;
import org.presalesbridge.mocksap.sd.SdSystem;
import org.presalesbridge.mocksap.sd.masterdata.ConversionExits;
import org.presalesbridge.mocksap.sd.masterdata.DocumentType;

/**
 * A person working in SAP's transactions (VA22, VA01): each action runs in the user's own session
 * and is saved at once, so it locks, writes change documents and document flow as an RFC change does.
 */
final class SapUser {

    private final SdSystem system;

    SapUser(SdSystem system) {
        this.system = system;
    }

    /** The user's dialog session: one per user, so that a document the user holds open stays theirs. */
    private SdSession session(String user) {
        return system.openSession("SAPGUI " + user, user);
    }

    UserActionResult change(String user, String documentNumber, UserChange change) {
        SdSession session = session(user);
        Optional<SalesDocument> document = session.document(documentNumber);
        if (document.isEmpty()) {
            return notFound(documentNumber);
        }
        HeaderData header = new HeaderData(null, null, null, null, change.purchaseOrderNumber(), null, null,
                change.yourReference(), null, change.requestedDeliveryDate(), null, change.validFrom(),
                change.validTo(), change.orderReason(), change.paymentTerms(), change.incoterms1(),
                change.incoterms2(), null, null, null);
        List<ScheduleLineInput> lines = new ArrayList<>();
        for (UserChange.ItemQuantity quantity : change.itemQuantities()) {
            lines.addAll(quantityChange(document.get(), quantity));
        }
        ChangeRequest request = new ChangeRequest(documentNumber, header, List.of(), List.of(), lines, List.of(),
                List.of(), false);
        return save(session, categoryOf(document.get()).map(c -> session.change(request, c)));
    }

    /** The schedule line changes that give an item a new order quantity: the first line takes it, others go. */
    private static List<ScheduleLineInput> quantityChange(SalesDocument document, UserChange.ItemQuantity quantity) {
        Optional<Item> item = document.item(quantity.item());
        if (item.isEmpty() || item.get().scheduleLines().isEmpty()) {
            return List.of(new ScheduleLineInput('U', quantity.item(), "0001", null, quantity.quantity()));
        }
        List<ScheduleLine> current = item.get().scheduleLines();
        List<ScheduleLineInput> changes = new ArrayList<>();
        changes.add(new ScheduleLineInput('U', quantity.item(), current.get(0).number(), null, quantity.quantity()));
        current.stream().skip(1).forEach(line -> changes.add(
                new ScheduleLineInput('D', quantity.item(), line.number(), null, null)));
        return changes;
    }

    UserActionResult rejectItem(String user, String documentNumber, String item, String reason) {
        SdSession session = session(user);
        Optional<SalesDocument> document = session.document(documentNumber);
        if (document.isEmpty()) {
            return notFound(documentNumber);
        }
        ItemData rejection = new ItemData(null, null, null, null, null, null, null, reason, null, null, null, null,
                null);
        ChangeRequest request = new ChangeRequest(documentNumber, null, List.of(new ItemInput('U', item, rejection)),
                List.of(), List.of(), List.of(), List.of(), false);
        return save(session, categoryOf(document.get()).map(c -> session.change(request, c)));
    }

    UserActionResult createOrderFromQuotation(String user, String quotationNumber) {
        SdSession session = session(user);
        Optional<SalesDocument> quotation = session.document(quotationNumber);
        if (quotation.isEmpty()) {
            return notFound(quotationNumber);
        }
        DocumentType orderType = system.masterData().documentTypeOfCategory(DocumentCategory.ORDER.code())
                .orElseThrow(() -> new IllegalStateException("document-types.csv has no type of category C"));
        HeaderData from = quotation.get().header().data();
        HeaderData header = new HeaderData(orderType.code(), from.salesArea(), from.salesGroup(), from.salesOffice(),
                from.purchaseOrderNumber(), from.purchaseOrderDate(), from.ordererName(), from.yourReference(), null,
                from.requestedDeliveryDate(), null, null, null, "", from.paymentTerms(), from.incoterms1(),
                from.incoterms2(), "", quotationNumber, String.valueOf(quotation.get().category()));
        CreateRequest request = new CreateRequest(header, List.of(), List.of(), List.of(), List.of(), List.of(), "",
                false);
        return save(session, Optional.of(session.create(request, DocumentCategory.ORDER)));
    }

    UserActionResult holdOpen(String user, String documentNumber) {
        SdSession session = session(user);
        if (session.document(documentNumber).isEmpty()) {
            return notFound(documentNumber);
        }
        Optional<SdMessage> conflict = session.lock(documentNumber);
        return new UserActionResult(conflict.isEmpty(), documentNumber, conflict.map(List::of).orElse(List.of()));
    }

    void release(String user, String documentNumber) {
        session(user).unlock(documentNumber);
    }

    private static UserActionResult save(SdSession session, Optional<SdResult> result) {
        if (result.isEmpty()) {
            session.rollback();
            return new UserActionResult(false, "", List.of());
        }
        if (result.get().failed()) {
            session.rollback();
            return new UserActionResult(false, result.get().documentNumber(), result.get().messages());
        }
        session.commit();
        return new UserActionResult(true, result.get().documentNumber(), result.get().messages());
    }

    private static Optional<DocumentCategory> categoryOf(SalesDocument document) {
        return DocumentCategory.of(document.category());
    }

    private UserActionResult notFound(String documentNumber) {
        SdMessage message = system.messages().error(MessageKey.DOCUMENT_NOT_FOUND,
                ConversionExits.alphaOutput(documentNumber));
        return new UserActionResult(false, documentNumber, List.of(message));
    }
}
