package org.casework.domain;

import java.util.UUID;

/**
 * An event that belongs to one client's file. Every client and engagement event names its client,
 * so read models can keep all facts of one client in order.
 */
public interface ClientEvent {

    UUID clientId();
}
