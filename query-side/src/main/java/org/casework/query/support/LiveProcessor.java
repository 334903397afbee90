package org.casework.query.support;

/**
 * The one event processor that keeps every replayable read model live: it reads, deserialises and decrypts each
 * event once and hands it to all of them in one transaction, a batch at a time, in each file's order. A read model
 * joins it with {@code @ProcessingGroup(LiveProcessor.NAME)} on its handler.
 */
public final class LiveProcessor {

    public static final String NAME = "read-models";

    private LiveProcessor() {
    }
}
