package org.presalesbridge.mocksap.sd;

/** A line of a document text: item ("000000" header), text ID (TDID), language, format column, line. */
public record TextLine(String item, String textId, String language, String formatColumn, String line) {
}
