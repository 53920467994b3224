package org.presalesbridge.sap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.presalesbridge.document.CreatedDocument;
import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.DocumentStatus;
import org.presalesbridge.document.Item;
import org.presalesbridge.document.SalesArea;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.translation.CodeTables;

/**
 * {@code sap.connector=canned}, for tests only: a connector of another kind than JCo, as a team would add one. It
 * knows one quotation, 20000042, and can do nothing else; its pool has as many connections as
 * {@code sap.canned.connections} says.
 */
public final class CannedConnectorKind implements SapConnectorKind {

    public static final String NUMBER = "20000042";

    @Override
    public String name() {
        return "canned";
    }

    @Override
    public SapConnector create(Settings settings, CodeTables codes) {
        return new Canned(Integer.parseInt(settings.get("sap.canned.connections", "3")));
    }

    private record Canned(int connections) implements SapConnector {

        @Override
        public Optional<SalesDocument> display(DocumentKind kind, String documentNumber) {
            if (kind != DocumentKind.QUOTATION || !documentNumber.replaceFirst("^0+", "").equals(NUMBER)) {
                return Optional.empty();
            }
            return Optional.of(new SalesDocument(kind, NUMBER, "AG", "CANNED-1", new SalesArea("1000", "10", "00"),
                    "1000", "1000", "from the canned connector", null, LocalDate.of(2030, 1, 1),
                    LocalDate.of(2030, 3, 31), "EUR", null, new BigDecimal("12.50"), DocumentStatus.OPEN,
                    List.of(new Item(10, "M-01", new BigDecimal("5"), "PCE", null, null, new BigDecimal("12.50"),
                            null, null)), null, List.of()));
        }

        @Override
        public void ping() {
        }

        @Override
        public SalesDocument create(SalesDocument document) {
            throw cannot();
        }

        @Override
        public CreatedDocument createWithoutDisplay(SalesDocument document) {
            throw cannot();
        }

        @Override
        public SalesDocument change(DocumentKind kind, String documentNumber, DocumentChange change) {
            throw cannot();
        }

        @Override
        public SalesDocument simulate(SalesDocument document) {
            throw cannot();
        }

        @Override
        public Optional<String> findByExternalId(DocumentKind kind, String externalId) {
            throw cannot();
        }

        @Override
        public List<SapChangeDocument> changeDocumentsAfter(DocumentKind kind, String documentNumber,
                                                            String afterChangeNumber) {
            throw cannot();
        }

        private static SapUnavailable cannot() {
            return new SapUnavailable("The canned connector only displays quotation " + NUMBER + ".", null);
        }
    }
}
