package org.presalesbridge.mocksap.server;

/** Totals since the last reset, exact even when the ledger's bounded lists have dropped old entries. */
public record LedgerCounts(long calls, long commits, long documentsCreated, long documentsChanged) {
}
