package org.casework.api.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casework.api.security.Role;

import java.util.Set;

record NewUserBody(
        @NotBlank @Pattern(regexp = Passwords.USERNAME, message = Passwords.USERNAME_RULE) String username,
        @NotNull @Size(min = Passwords.MIN, max = Passwords.MAX) String password,
        @NotEmpty Set<@NotNull Role> roles) {
}
