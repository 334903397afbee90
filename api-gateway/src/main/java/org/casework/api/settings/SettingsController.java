package org.casework.api.settings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.openapi.ApiTags;
import org.casework.command.settings.ChangeSettings;
import org.casework.command.settings.SettingsLookup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation's settings (ADMIN only); read straight from their event stream, so a change shows at once. */
@Tag(name = ApiTags.ADMINISTRATION)
@RestController
@RequestMapping("/api/admin/settings")
class SettingsController {

    private final CommandGateway commands;
    private final SettingsLookup settings;

    SettingsController(CommandGateway commands, SettingsLookup settings) {
        this.commands = commands;
        this.settings = settings;
    }

    @Operation(summary = "Read the organisation's settings", description = """
            ADMIN: `statusMode` (`MANUAL` or `AUTOMATIC`) and since when automatic mode is on (`automaticSince`), \
            `contactedStateUsed`, `noContactDays` N, `consultationGapDays` G, `openEngagementDays` L and \
            `statusSharedWithFamily`, with who changed them last.""")
    @GetMapping
    SettingsView current() {
        return SettingsView.of(settings.current());
    }

    @Operation(summary = "Change the organisation's settings", description = """
            ADMIN: gives all settings at once; stored as an event, so every change is in the history with who made \
            it. Every automatic rule reads the settings when it runs: switching the mode changes only what happens \
            from then on. Answers the settings now in force.""")
    @ApiResponse(responseCode = "200", description = "The settings are stored; the settings now in force.")
    @ApiResponse(responseCode = "422", description = "A setting outside its range.")
    @PutMapping
    SettingsView change(@Valid @RequestBody SettingsBody body) {
        commands.sendAndWait(new ChangeSettings(body.toSettings()));
        return current();
    }
}
