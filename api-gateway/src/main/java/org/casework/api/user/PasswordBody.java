package org.casework.api.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password; {@code currentPassword} is asked only when users change their own. */
record PasswordBody(@Size(max = 200) String currentPassword,
                    @NotNull @Size(min = Passwords.MIN, max = Passwords.MAX) String password) {
}
