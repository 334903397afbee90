package org.casework.api.security;

/** The login check the API's and the pages' security share ({@link SecurityConfiguration#passwordAndCode}). */
record Logins(PasswordAndCodeAuthentication check) {
}
