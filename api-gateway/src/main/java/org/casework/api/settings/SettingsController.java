package org.casework.api.settings;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.command.settings.ChangeSettings;
import org.casework.command.settings.SettingsLookup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's settings (ADMIN only); read straight from their event stream, so a change shows at once. */
@RestController
@RequestMapping("/api/admin/settings")
class SettingsController {

    private final CommandGateway commands;
    private final SettingsLookup settings;

    SettingsController(CommandGateway commands, SettingsLookup settings) {
        this.commands = commands;
        this.settings = settings;
    }

    @GetMapping
    SettingsView current() {
        return SettingsView.of(settings.current());
    }

    @PutMapping
    SettingsView change(@Valid @RequestBody SettingsBody body) {
        commands.sendAndWait(new ChangeSettings(body.toSettings()));
        return current();
    }
}
