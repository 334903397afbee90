package org.casework.query.chronology;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.axonframework.queryhandling.QueryHandler;
import org.casework.query.access.Visibility;
import org.casework.query.client.ClientRows;
import org.casework.query.engagement.EngagementView;
import org.casework.query.engagement.EngagementViewRepository;
import org.casework.query.family.FamilyMember;
import org.casework.query.support.PageOf;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Component
@Transactional(readOnly = true)
class ChronologyQueryHandler {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("date"), Sort.Order.desc("recordedAt"),
            Sort.Order.desc("consultationId"));

    private final ChronologyRepository chronology;
    private final ClientRows clientRows;
    private final EngagementViewRepository engagements;

    ChronologyQueryHandler(ChronologyRepository chronology, ClientRows clientRows,
                           EngagementViewRepository engagements) {
        this.chronology = chronology;
        this.clientRows = clientRows;
        this.engagements = engagements;
    }

    @QueryHandler
    PageOf<ChronologyRow> handle(FindChronology query) {
        Slice<ChronologyEntry> page = query.paging().of(chronology, filter(query), NEWEST_FIRST);
        Map<UUID, String> clientNames = clientRows.namesOf(
                page.getContent().stream().map(ChronologyEntry::clientId).collect(Collectors.toSet()));
        Map<UUID, String> titles = engagements.findAllById(
                        page.getContent().stream().map(ChronologyEntry::engagementId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(EngagementView::getId, EngagementView::title));
        return PageOf.of(page, entry -> entry.toRow(clientNames.get(entry.clientId()),
                titles.get(entry.engagementId())));
    }

    private static Specification<ChronologyEntry> filter(FindChronology query) {
        Specification<ChronologyEntry> filter = (root, q, cb) -> cb.conjunction();
        if (query.from() != null) {
            filter = filter.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("date"), query.from()));
        }
        if (query.to() != null) {
            filter = filter.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("date"), query.to()));
        }
        filter = equalIfGiven(filter, "clientId", query.clientId());
        if (query.familyId() != null) {
            filter = filter.and((root, q, cb) -> {
                Subquery<UUID> members = q.subquery(UUID.class);
                Root<FamilyMember> member = members.from(FamilyMember.class);
                members.select(member.get("clientId")).where(cb.equal(member.get("familyId"), query.familyId()),
                        cb.isNull(member.get("leftOn")));
                return root.get("clientId").in(members);
            });
        }
        filter = equalIfGiven(filter, "engagementId", query.engagementId());
        filter = equalIfGiven(filter, "worker", query.worker());
        filter = equalIfGiven(filter, "kind", query.kind());
        return filter.and(Visibility.of(query.viewer(), "clientId"));
    }

    private static Specification<ChronologyEntry> equalIfGiven(Specification<ChronologyEntry> filter,
                                                                String attribute, Object value) {
        return value == null ? filter : filter.and((root, q, cb) -> cb.equal(root.get(attribute), value));
    }
}
