package org.casework.api.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.casework.domain.engagement.ProblemType;

import java.util.List;

/** The engagement's description as it should read, every field (an absent one is emptied), and why. */
public record EngagementDetailsBody(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String goal,
        @Size(max = 20) List<@NotNull ProblemType> problemTypes,
        @Size(max = 500) String problemTypeNote,
        Integer peopleInvolved,
        @Size(max = 20000) String problemDescription,
        @NotBlank @Size(max = CorrectionReasonBody.MAX) String reason) {
}
