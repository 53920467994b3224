-- A change sent with an Idempotency-Key: SAP's newest change number of the document (CDHDR-CHANGENR) before the
-- change was sent (change_mark). When its request was cut off (its process died, or SAP failed it in a way that may
-- have saved it), the next request with the key asks SAP's change documents after the mark whether it was applied
-- instead of sending it again. left_in_doubt_at: when SAP timed out on it; its SAP session may still be running
-- for a while, so the change documents are read only after that.
ALTER TABLE idempotency_record ADD COLUMN change_mark VARCHAR(10);
ALTER TABLE idempotency_record ADD COLUMN left_in_doubt_at TIMESTAMP WITH TIME ZONE;
