package org.casework.query.client;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.query.access.Visibility;
import org.casework.query.care.CareFiles;
import org.casework.query.care.ContractView;
import org.casework.query.care.PlanCard;
import org.casework.query.client.ClientQueries.FindClientCard;
import org.casework.query.client.ClientQueries.FindClients;
import org.casework.query.client.ClientQueries.FindPlanVersions;
import org.casework.query.support.PageOf;
import org.casework.query.support.SearchKey;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** A card or a page is read from one snapshot of the database, so its file row and its contracts agree. */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ClientFileQueryHandler {

    private final ClientFileRepository files;
    private final CareFiles care;

    ClientFileQueryHandler(ClientFileRepository files, CareFiles care) {
        this.files = files;
        this.care = care;
    }

    @QueryHandler
    PageOf<ClientRow> handle(FindClients query) {
        Specification<ClientFile> filter = CareFiles.overview(query.nameQuery(), query.worker(), query.status(),
                query.colour(), query.today());
        filter = filter.and(Visibility.of(query.viewer(), "id"));
        filter = filter.and((root, q, cb) -> cb.isNull(root.get("mergedInto")));
        filter = filter.and(SearchKey.nameOrder(query.nameQuery()));
        Slice<ClientFile> page = query.paging().of(files, filter, Sort.unsorted());
        Map<UUID, List<ContractView>> contractsOf = care.contractsToColour(page.getContent().stream()
                .collect(Collectors.toMap(ClientFile::getId, ClientFile::care)), query.today());
        return PageOf.of(page, file -> file.toRow(contractsOf.getOrDefault(file.getId(), List.of()), query.today()));
    }

    @QueryHandler
    Optional<ClientCard> handle(FindClientCard query) {
        return files.findById(query.clientId()).map(file -> file.toCard(
                care.contractsOf(file.getId()),
                care.currentPlan(file.getId()).orElse(null),
                file.familyId() == null ? null : files.familyName(file.familyId()).orElse(null),
                query.today()));
    }

    @QueryHandler
    Boolean handle(ClientQueries.ClientExists query) {
        return files.existsById(query.clientId());
    }

    @QueryHandler
    List<PlanCard> handle(FindPlanVersions query) {
        return care.planVersions(query.clientId());
    }
}
