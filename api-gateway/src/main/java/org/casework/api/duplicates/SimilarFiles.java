package org.casework.api.duplicates;

import org.casework.api.web.QueryClient;
import org.casework.domain.client.PersonalData;
import org.casework.query.client.ClientQueries.FindSimilarClients;
import org.casework.query.client.ClientQueries.SimilarClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The soft check of a registration without a birth number: files of the same folded name and birth date answer
 * 409 {@code possible-duplicate} unless the worker confirmed a different person; then they are the files the
 * confirmation names. {@code casework.duplicates.similar-names=allow} turns the check off (the shared test service,
 * whose tests register the same name and birth date over and over).
 */
@Component
public class SimilarFiles {

    private final QueryClient queries;
    private final boolean refused;

    SimilarFiles(QueryClient queries, @Value("${casework.duplicates.similar-names:refuse}") String similarNames) {
        this.queries = queries;
        this.refused = !"allow".equalsIgnoreCase(similarNames.strip());
    }

    /** The files the new client was confirmed distinct from (none when there are none); throws when unconfirmed. */
    public List<UUID> confirmedDistinctFrom(PersonalData person, boolean confirmedDistinct) {
        if (!refused || person.birthNumber() != null && !person.birthNumber().isBlank()) {
            return List.of();
        }
        List<UUID> similar = queries.one(new FindSimilarClients(person.firstName(), person.lastName(),
                person.birthDate()), SimilarClients.class).clientIds();
        if (!similar.isEmpty() && !confirmedDistinct) {
            throw new PossibleDuplicateException(similar);
        }
        return similar;
    }
}
