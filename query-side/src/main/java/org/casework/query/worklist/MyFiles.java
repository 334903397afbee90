package org.casework.query.worklist;

import org.casework.query.status.Colour;

import java.util.Map;

/** A worker's files by colour of today, every colour listed (0 when none). */
public record MyFiles(Map<Colour, Long> clientsByColour, Map<Colour, Long> familiesByColour) {
}
