package org.casework.api.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.UUID;

/** The answer to a write that created something: {@code 201} with {@code {"id": ...}}. */
public record Created(UUID id) {

    public static ResponseEntity<Created> at(String location, UUID id) {
        return ResponseEntity.created(URI.create(location)).body(new Created(id));
    }
}
