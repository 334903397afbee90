package org.casework.api.readmodel;

/** The processor has side effects (it sends commands); replaying it would repeat them. Answered as 409. */
public class NotReplayableException extends RuntimeException {

    public NotReplayableException(String name) {
        super(name + " is a policy, not a read model: replaying it would repeat what it did");
    }
}
