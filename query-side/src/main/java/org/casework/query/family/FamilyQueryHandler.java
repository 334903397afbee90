package org.casework.query.family;

import org.axonframework.queryhandling.QueryHandler;
import org.casework.query.access.Visibility;
import org.casework.query.care.CareFiles;
import org.casework.query.care.ContractView;
import org.casework.query.care.PlanCard;
import org.casework.query.client.ClientRow;
import org.casework.query.client.ClientRows;
import org.casework.query.family.FamilyQueries.FamilyExists;
import org.casework.query.family.FamilyQueries.FindFamilies;
import org.casework.query.family.FamilyQueries.FindFamilyCard;
import org.casework.query.family.FamilyQueries.FindFamilyPlanVersions;
import org.casework.query.support.PageOf;
import org.casework.query.support.SearchKey;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A card or a page is read from one snapshot of the database, so the family, its members and contracts agree. */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class FamilyQueryHandler {

    private final FamilyFileRepository files;
    private final FamilyMemberRepository members;
    private final ClientRows clientRows;
    private final CareFiles care;

    FamilyQueryHandler(FamilyFileRepository files, FamilyMemberRepository members, ClientRows clientRows,
                       CareFiles care) {
        this.files = files;
        this.members = members;
        this.clientRows = clientRows;
        this.care = care;
    }

    @QueryHandler
    PageOf<FamilyRow> handle(FindFamilies query) {
        Specification<FamilyFile> filter = CareFiles.overview(query.nameQuery(), query.worker(), query.status(),
                query.colour(), query.today());
        filter = filter.and(Visibility.of(query.viewer(), "id"));
        filter = filter.and(SearchKey.nameOrder(query.nameQuery()));
        Slice<FamilyFile> page = query.paging().of(files, filter, Sort.unsorted());
        Map<UUID, List<ContractView>> contractsOf = care.contractsToColour(page.getContent().stream()
                .collect(Collectors.toMap(FamilyFile::getId, FamilyFile::care)), query.today());
        return PageOf.of(page, file -> file.toRow(contractsOf.getOrDefault(file.getId(), List.of()), query.today()));
    }

    @QueryHandler
    Optional<FamilyCard> handle(FindFamilyCard query) {
        return files.findById(query.familyId()).map(file -> card(file, query.today()));
    }

    @QueryHandler
    Boolean handle(FamilyExists query) {
        return files.existsById(query.familyId());
    }

    @QueryHandler
    List<PlanCard> handle(FindFamilyPlanVersions query) {
        return care.planVersions(query.familyId());
    }

    private FamilyCard card(FamilyFile file, LocalDate today) {
        List<FamilyMember> memberships = members.findByFamilyIdOrderBySinceAscIdAsc(file.getId());
        Map<UUID, ClientRow> rows = clientRows.of(memberships.stream().map(FamilyMember::clientId).toList(), today)
                .stream().collect(Collectors.toMap(ClientRow::id, Function.identity()));
        List<FamilyCard.Member> current = new ArrayList<>();
        List<FamilyCard.FormerMember> former = new ArrayList<>();
        for (FamilyMember membership : memberships) {
            ClientRow row = rows.get(membership.clientId());
            String name = row == null ? null : row.name();
            if (membership.leftOn() == null) {
                current.add(new FamilyCard.Member(membership.clientId(), name, membership.relation(),
                        membership.since(), row == null ? null : row.status(), row == null ? null : row.colour(),
                        row == null ? null : row.explanation()));
            } else {
                former.add(new FamilyCard.FormerMember(membership.clientId(), name, membership.relation(),
                        membership.since(), membership.leftOn()));
            }
        }
        return file.toCard(care.contractsOf(file.getId()), care.currentPlan(file.getId()).orElse(null), current,
                former, today);
    }
}
