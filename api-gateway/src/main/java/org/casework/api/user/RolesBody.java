package org.casework.api.user;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.casework.api.security.Role;

import java.util.Set;

record RolesBody(@NotEmpty Set<@NotNull Role> roles) {
}
