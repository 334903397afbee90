package org.casework.query.client;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.query.client.ClientQueries.FindSharedBirthNumbers;
import org.casework.query.client.ClientQueries.FindSimilarClients;
import org.casework.query.client.ClientQueries.SharedBirthNumber;
import org.casework.query.client.ClientQueries.SimilarClients;
import org.casework.query.support.SearchKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Duplicates by the read model. The soft check: the same folded name and birth date (a handful of files share a
 * birth date, found by its index); a file registered a moment ago elsewhere may not be there yet. And the groups of
 * files from before issue 20 that share a birth number.
 */
@Component
class SimilarClientsQueryHandler {

    private final JdbcTemplate jdbc;

    SimilarClientsQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    SimilarClients handle(FindSimilarClients query) {
        if (query.birthDate() == null) {
            return new SimilarClients(List.of());
        }
        String name = SearchKey.of(query.firstName(), query.lastName());
        List<UUID> similar = jdbc.query("select id, first_name, last_name from client_file"
                        + " where birth_date = ? and erased_on is null and merged_into is null order by id",
                (row, n) -> SearchKey.of(row.getString("first_name"), row.getString("last_name")).equals(name)
                        ? row.getObject("id", UUID.class) : null,
                Date.valueOf(query.birthDate()));
        return new SimilarClients(similar.stream().filter(Objects::nonNull).toList());
    }

    @QueryHandler
    List<SharedBirthNumber> handle(FindSharedBirthNumbers query) {
        return jdbc.query("select array_agg(id order by registered_on, id) as ids, min(registered_on) as first"
                        + " from client_file where birth_number is not null and erased_on is null"
                        + " and merged_into is null group by regexp_replace(birth_number, '[^0-9]', '', 'g')"
                        + " having count(*) > 1 order by first, ids",
                (row, n) -> new SharedBirthNumber(List.of((UUID[]) row.getArray("ids").getArray())));
    }
}
