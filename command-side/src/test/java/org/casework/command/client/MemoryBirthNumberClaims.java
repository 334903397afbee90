package org.casework.command.client;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The claims table of the service, in memory for aggregate fixtures. */
public class MemoryBirthNumberClaims implements BirthNumberClaims {

    private final Map<String, UUID> holders = new HashMap<>();

    @Override
    public Optional<UUID> claim(String birthNumber, UUID clientId) {
        UUID holder = holders.putIfAbsent(birthNumber, clientId);
        if (holder != null && !holder.equals(clientId)) {
            return Optional.of(holder);
        }
        holders.entrySet().removeIf(claim -> claim.getValue().equals(clientId) && !claim.getKey().equals(birthNumber));
        return Optional.empty();
    }

    @Override
    public void release(UUID clientId) {
        holders.values().removeIf(clientId::equals);
    }

    public Optional<UUID> holder(String birthNumber) {
        return Optional.ofNullable(holders.get(birthNumber));
    }
}
