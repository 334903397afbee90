package org.casework.api.readmodel;

/** What a retry did: sequences tried, sequences whose every dead letter then applied, dead letters left. */
public record DeadLetterRetry(int tried, int cleared, long remaining) {
}
