package org.presalesbridge.mocksap.sd;

/**
 * Told of every commit, in commit order, before the committing caller gets its answer: a journal
 * that writes the LUW durably here makes the commit durable. Runs inside the commit, so keep it
 * short; an exception fails the commit's answer but not the commit.
 */
@FunctionalInterface
public interface CommitListener {
    void committed(CommittedLuw luw);
}
