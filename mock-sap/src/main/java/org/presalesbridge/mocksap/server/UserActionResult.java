package org.presalesbridge.mocksap.server;

import java.util.List;

import org.presalesbridge.mocksap.sd.SdMessage;

/**
 * The outcome of something a user did in SAP: whether it was saved, the document concerned (the new
 * one when the action created a document) and the messages SAP showed.
 */
public record UserActionResult(boolean saved, String documentNumber, List<SdMessage> messages) {
}
