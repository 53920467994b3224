package org.presalesbridge.sap;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.presalesbridge.document.CreatedDocument;
import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.SalesDocument;

/**
 * SAP as the adapter sees it, in the document's own terms. Each write is all or nothing in SAP: it is saved
 * and committed, or nothing is left behind. Implementations: the JCo connector ({@code sap.connector=jco});
 * another (S/4HANA OData) can sit beside it: a {@link SapConnectorKind} of its own, chosen by that setting.
 *
 * <p>Failures are thrown as {@link SapRejection} (SAP refused: its messages), {@link DocumentNotFound},
 * {@link NoItemsToCopy} (a quotation with reference to an inquiry that has no open items),
 * {@link SapUnavailable} (not reachable), {@link SapTimeout} (too slow) and {@link SapFailure} (anything else).
 */
public interface SapConnector extends AutoCloseable {

    /** Creates the document (VA11, VA21) and answers it as SAP now has it, with SAP's warnings. */
    SalesDocument create(SalesDocument document);

    /**
     * Creates the document (VA11, VA21) and answers only its number and SAP's warnings: no display afterwards, one
     * SAP call fewer per document, for a CRM that asks for a minimal answer.
     */
    CreatedDocument createWithoutDisplay(SalesDocument document);

    /**
     * Changes a document (VA12, VA22) and answers it as SAP now has it, with SAP's warnings. Before the change is
     * sent, it is checked against the document as SAP has it ({@link DocumentChange#checkAgainst}); a change that
     * does not fit is thrown as {@link org.presalesbridge.document.InvalidChange} and SAP's change BAPI is not called.
     */
    SalesDocument change(DocumentKind kind, String documentNumber, DocumentChange change);

    /** The document as SAP has it (VA13, VA23); empty when SAP has no document of that kind and number. */
    Optional<SalesDocument> display(DocumentKind kind, String documentNumber);

    /** SAP's full check of a new document, saving nothing: the document as sent, with SAP's messages. */
    SalesDocument simulate(SalesDocument document);

    /**
     * The number of the document of that kind that SAP keeps under the CRM's key (the external id), if any: how the
     * adapter finds out whether a create whose answer was lost was saved. The lowest number when there are several.
     */
    Optional<String> findByExternalId(DocumentKind kind, String externalId);

    /** The document of that kind SAP keeps under the CRM's key, as SAP has it ({@link #findByExternalId}). */
    default Optional<SalesDocument> displayByExternalId(DocumentKind kind, String externalId) {
        return findByExternalId(kind, externalId).flatMap(number -> display(kind, number));
    }

    /**
     * The change documents SAP keeps for the document with a change number above {@code afterChangeNumber} (empty:
     * all), oldest first: how the adapter finds out whether a change whose answer was lost was applied. SAP writes
     * them in the commit of the change.
     */
    List<SapChangeDocument> changeDocumentsAfter(DocumentKind kind, String documentNumber, String afterChangeNumber);

    /** Whether SAP answers at all (RFC_PING); throws {@link SapUnavailable} when not. */
    void ping();

    /** The most calls to SAP at once (its connection pool): the adapter's bulkhead and HTTP threads follow it. */
    int connections();

    /**
     * Asks the connector to keep the bulkhead itself: at most {@link #connections()} calls at once, a call waiting at
     * most {@code maxWait} for its turn and then refused with {@link SapUnavailable#allConnectionsBusy}. Answers
     * whether it does; when not, {@link ResilientSapConnector} keeps it. A connector that runs its calls on threads of
     * its own keeps it best: a thread done with one call takes the next waiting one at once, where a bulkhead around
     * it first wakes the caller to give the connection back and then the next caller to take it.
     */
    default boolean takeBulkhead(Duration maxWait) {
        return false;
    }

    /** Gets ready to call SAP, once the adapter's beans are made; refuses settings that cannot work. */
    default void start() {
    }

    /** Lets go of SAP's connections when the adapter stops. */
    @Override
    default void close() {
    }
}
