package org.presalesbridge.writes;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.presalesbridge.document.SapMessage;

/**
 * How the delivery of an accepted request ended, as the store keeps it and the status resource shows it: SAP's
 * document number and warnings ({@code messages}) when done, SAP's messages when it rejected the request
 * ({@code sapMessages}, as the synchronous {@code 422} carries them), and for a request that can never be delivered
 * or is in doubt the problem's type and a sentence; {@code changeDocuments} names SAP's change documents that
 * decided a change whose delivery was cut off.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DeliveryOutcome(String documentNumber, List<SapMessage> messages, List<SapMessage> sapMessages,
                              String problem, String detail, List<String> changeDocuments) {

    static DeliveryOutcome done(String documentNumber, List<SapMessage> messages) {
        return new DeliveryOutcome(documentNumber, messages, List.of(), null, null, List.of());
    }

    static DeliveryOutcome rejected(List<SapMessage> sapMessages) {
        return new DeliveryOutcome(null, List.of(), sapMessages, "rejected-by-sap",
                "SAP answered with an error; nothing was saved. See sapMessages.", List.of());
    }

    static DeliveryOutcome failed(String documentNumber, String problem, String detail) {
        return new DeliveryOutcome(documentNumber, List.of(), List.of(), problem, detail, List.of());
    }

    /** SAP's messages in both lists, counted. */
    int messageCount() {
        return messages.size() + sapMessages.size();
    }

    /** The first {@code kept} of each list of SAP's messages, and a sentence in {@code detail} saying so. */
    DeliveryOutcome keepingFirst(int kept) {
        String note = "Of SAP's " + messageCount() + " messages the first " + kept + " are kept here.";
        return new DeliveryOutcome(documentNumber, messages.subList(0, Math.min(kept, messages.size())),
                sapMessages.subList(0, Math.min(kept, sapMessages.size())), problem,
                detail == null ? note : detail + " " + note, changeDocuments);
    }

    DeliveryOutcome withChangeDocuments(String detailText, List<String> numbers) {
        return new DeliveryOutcome(documentNumber, messages, sapMessages, problem, detailText, numbers);
    }
}
