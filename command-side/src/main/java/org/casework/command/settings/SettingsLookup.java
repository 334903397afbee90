package org.casework.command.settings;

/** The settings as the event store has them at this moment; command handlers decide with these. */
@FunctionalInterface
public interface SettingsLookup {

    CurrentSettings current();
}
