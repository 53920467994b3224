package org.presalesbridge.mocksap.sd.masterdata;

/** One message SD answers with: class (ARBGB), number (MSGNR) and text with placeholders &1 … &4. */
public record MessageDefinition(String key, String messageClass, String number, String text) {
}
