package org.casework.query.client;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.query.client.ClientQueries.FindClientCard;
import org.casework.query.client.ClientQueries.FindClients;
import org.casework.query.support.PageOf;
import org.casework.query.support.SearchKey;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

@Component
@Transactional(readOnly = true)
class ClientFileQueryHandler {

    private static final Sort NAME_ORDER = Sort.by("searchKey", "id");

    private final ClientFileRepository files;

    ClientFileQueryHandler(ClientFileRepository files) {
        this.files = files;
    }

    @QueryHandler
    PageOf<ClientRow> handle(FindClients query) {
        Specification<ClientFile> filter = (root, q, cb) -> cb.conjunction();
        if (query.worker() != null) {
            filter = filter.and((root, q, cb) -> cb.equal(root.get("responsibleWorker"), query.worker()));
        }
        for (String term : SearchKey.terms(query.nameQuery())) {
            String pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            filter = filter.and((root, q, cb) -> cb.like(root.get("searchKey"), pattern, '\\'));
        }
        return PageOf.of(files.findAll(filter, query.paging().sortedBy(NAME_ORDER)), ClientFile::toRow);
    }

    @QueryHandler
    Optional<ClientCard> handle(FindClientCard query) {
        return files.findById(query.clientId()).map(ClientFile::toCard);
    }
}
