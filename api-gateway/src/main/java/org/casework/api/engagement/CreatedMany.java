package org.casework.api.engagement;

import java.util.List;
import java.util.UUID;

/** The answer to a bulk write: the new ids in the order of the request. */
public record CreatedMany(List<UUID> ids) {
}
