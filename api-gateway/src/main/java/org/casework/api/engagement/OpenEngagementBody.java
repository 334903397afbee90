package org.casework.api.engagement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.domain.engagement.ProblemType;

import java.time.LocalDate;
import java.util.List;

/** Opening an engagement; {@code responsibleWorker} defaults to the caller. */
@Schema(example = """
        {"title": "Housing", "goal": "Keep the flat", "openedOn": "2026-11-02",
         "problemTypes": ["FINANCIAL", "LIVING_CONDITIONS"], "peopleInvolved": 2,
         "problemDescription": "Rent arrears of three months; the landlord has given notice."}""")
public record OpenEngagementBody(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String goal,
        @NotNull LocalDate openedOn,
        @Size(max = 100) String responsibleWorker,
        @Size(max = 20) List<@NotNull ProblemType> problemTypes,
        @Size(max = 500) String problemTypeNote,
        Integer peopleInvolved,
        @Size(max = 20000) String problemDescription) {
}
