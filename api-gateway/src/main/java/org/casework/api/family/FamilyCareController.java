package org.casework.api.family;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casework.api.care.CareFileController;
import org.casework.api.care.ContractBody;
import org.casework.api.care.ContractCorrectionBody;
import org.casework.api.care.ContractEndBody;
import org.casework.api.care.PlanBody;
import org.casework.api.care.StatusBody;
import org.casework.api.web.QueryClient;
import org.casework.command.family.AdoptFamilyPlan;
import org.casework.command.family.CorrectFamilyContract;
import org.casework.command.family.EndFamilyContract;
import org.casework.command.family.MarkFamilyStatusInError;
import org.casework.command.family.VoidFamilyContract;
import org.casework.command.family.RecordFamilyStatus;
import org.casework.command.family.SignFamilyContract;
import org.casework.query.care.ContractCard;
import org.casework.query.care.FileKind;
import org.casework.query.family.FamilyCard;
import org.casework.query.family.FamilyQueries.FamilyExists;
import org.casework.query.family.FamilyQueries.FindFamilyCard;
import org.casework.query.family.FamilyQueries.FindFamilyPlanVersions;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Status entries, contracts and the individual plan of a family: the same rules as a client's (R2). */
@RestController
@RequestMapping("/api/families/{id}")
class FamilyCareController extends CareFileController {

    private final QueryClient queries;

    FamilyCareController(CommandGateway commands, QueryClient queries, Clock clock) {
        super(commands, queries, clock);
        this.queries = queries;
    }

    @Override
    protected FileKind kind() {
        return FileKind.FAMILY;
    }

    @Override
    protected String path(UUID id) {
        return "/api/families/" + id;
    }

    @Override
    protected Object recordStatusCommand(UUID id, StatusBody body) {
        return new RecordFamilyStatus(id, body.toManualStatus());
    }

    @Override
    protected Object signContractCommand(UUID id, UUID contractId, ContractBody body) {
        return new SignFamilyContract(id, contractId, body.number(), body.signedOn(), body.validFrom(),
                body.validTo());
    }

    @Override
    protected Object endContractCommand(UUID id, UUID contractId, ContractEndBody body) {
        return new EndFamilyContract(id, contractId, body.endedOn(), body.reason());
    }

    @Override
    protected Object adoptPlanCommand(UUID id, PlanBody body) {
        return new AdoptFamilyPlan(id, body.validFrom(), body.reviewDue(), body.goals());
    }

    @Override
    protected Object markStatusInErrorCommand(UUID id, int entry, String reason) {
        return new MarkFamilyStatusInError(id, entry, reason);
    }

    @Override
    protected Object correctContractCommand(UUID id, UUID contractId, ContractCorrectionBody body) {
        return new CorrectFamilyContract(id, contractId, body.number(), body.signedOn(), body.validFrom(),
                body.validTo(), body.reason());
    }

    @Override
    protected Object voidContractCommand(UUID id, UUID contractId, String reason) {
        return new VoidFamilyContract(id, contractId, reason);
    }

    @Override
    protected List<ContractCard> contractsOf(UUID id, LocalDate today) {
        return queries.find(new FindFamilyCard(id, today), FamilyCard.class).orElseThrow(() -> notFound(id))
                .contracts();
    }

    @Override
    protected boolean exists(UUID id) {
        return queries.one(new FamilyExists(id), Boolean.class);
    }

    @Override
    protected Object findPlanVersions(UUID id) {
        return new FindFamilyPlanVersions(id);
    }
}
