package org.casework.query.access;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

import java.util.Map;

/**
 * The one condition "this file is visible to the viewer today", for every list: the viewer is the file's
 * responsible worker, or the file is shared with them and the share's consent is in force today.
 */
public final class Visibility {

    private Visibility() {
    }

    /** JPA: the entity's attribute {@code fileIdAttribute} names a visible file; no condition for everyone. */
    public static <T> Specification<T> of(Viewer viewer, String fileIdAttribute) {
        if (viewer.seesEveryFile()) {
            return (root, q, cb) -> cb.conjunction();
        }
        return (root, q, cb) -> {
            Subquery<Integer> access = q.subquery(Integer.class);
            Root<FileAccessEntry> entry = access.from(FileAccessEntry.class);
            access.select(cb.literal(1)).where(
                    cb.equal(entry.get("fileId"), root.get(fileIdAttribute)),
                    cb.equal(entry.get("worker"), viewer.worker()),
                    onDay(cb, entry, viewer));
            return cb.exists(access);
        };
    }

    private static jakarta.persistence.criteria.Predicate onDay(CriteriaBuilder cb, Root<FileAccessEntry> entry,
                                                               Viewer viewer) {
        return cb.and(
                cb.or(cb.isNull(entry.get("firstDay")), cb.lessThanOrEqualTo(entry.get("firstDay"), viewer.today())),
                cb.or(cb.isNull(entry.get("lastDay")), cb.greaterThanOrEqualTo(entry.get("lastDay"), viewer.today())));
    }

    /**
     * SQL: the file whose id is the column {@code fileIdColumn} is visible to the named parameter {@code :viewer}
     * on {@code :viewerDay}; "true" for everyone. Add the parameters with {@link #parameters}.
     */
    public static String sql(Viewer viewer, String fileIdColumn) {
        if (viewer.seesEveryFile()) {
            return "true";
        }
        return "exists (select 1 from file_access access where access.file_id = " + fileIdColumn
                + " and access.worker = :viewer"
                + " and (access.first_day is null or access.first_day <= :viewerDay)"
                + " and (access.last_day is null or access.last_day >= :viewerDay))";
    }

    public static Map<String, Object> parameters(Viewer viewer) {
        return viewer.seesEveryFile() ? Map.of() : Map.of("viewer", viewer.worker(), "viewerDay", viewer.today());
    }
}
