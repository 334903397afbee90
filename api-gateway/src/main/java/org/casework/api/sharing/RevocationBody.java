package org.casework.api.sharing;

import java.time.LocalDate;

/** {@code revokedOn} defaults to today. */
record RevocationBody(LocalDate revokedOn) {
}
