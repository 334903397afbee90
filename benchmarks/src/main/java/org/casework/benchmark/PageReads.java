package org.casework.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The web application's pages on the large set, read as a logged-in user reads them (form login, session cookie,
 * Czech), each sampled as {@link Reads} samples the API: the same warm-up and number of calls, one caller. The
 * files are those of the API reads: a worker's clients (a different one each call), the busiest file and its
 * engagement with the most consultations, a worker's engagements (open and closed), consultations, families and
 * their members; the forms are measured as they open, before anything is entered. A page answering other than
 * 200 is not recorded: the phase names every such page and then fails.
 */
final class PageReads {

    static final double TARGET_P99_MS = 100.0;

    private final Service service;
    private final int repeats;
    private final Set<String> only;

    /** {@code only}: the keys of the pages to measure, empty for all. */
    PageReads(Service service, int repeats, Set<String> only) {
        this.service = service;
        this.repeats = repeats;
        this.only = only;
    }

    /** One page of the table: its key (for --page-list), what it is, who reads it, and its path. */
    record Page(String key, String name, String user, String path, List<String> ids) {

        /**
         * The path of call {@code i}: {@code {id}} is each call's next id of {@link #ids}; a path with two ids has
         * them in one entry, apart by a space, the second as {@code {id2}}.
         */
        String at(int i) {
            if (ids.isEmpty()) {
                return path;
            }
            String[] these = ids.get(i % ids.size()).split(" ");
            return path.replace("{id}", these[0]).replace("{id2}", these.length > 1 ? these[1] : "");
        }
    }

    /** The measured pages; to add or drop one, add or drop its line. */
    private List<Page> pages() throws Exception {
        String worker = Service.worker(1);
        String coordinator = Service.COORDINATOR;
        String own = "'" + worker + "'";
        List<String> none = List.of();
        List<String> clients = files("select id from client_file where responsible_worker = " + own
                + " order by md5(id::text) limit 500");
        List<String> engagements = files("select e.id from engagement_view e join client_file c"
                + " on c.id = e.client_id where c.responsible_worker = " + own + " order by md5(e.id::text) limit 500");
        List<String> families = files("select id from family_file where responsible_worker = " + own
                + " order by md5(id::text) limit 500");
        List<String> busiestEngagement = files(
                "select id from engagement_view order by consultation_count desc, id limit 1");
        List<String> busiestClient = files(
                "select client_id from engagement_view order by consultation_count desc, id limit 1");
        List<String> openEngagements = files("select e.id from engagement_view e join client_file c"
                + " on c.id = e.client_id where c.responsible_worker = " + own + " and e.closed_on is null"
                + " order by md5(e.id::text) limit 500");
        List<String> closedEngagements = files("select e.id from engagement_view e join client_file c"
                + " on c.id = e.client_id where c.responsible_worker = " + own + " and e.closed_on is not null"
                + " order by md5(e.id::text) limit 500");
        List<String> consultations = files("select ch.engagement_id || ' ' || ch.consultation_id"
                + " from chronology_entry ch join client_file c on c.id = ch.client_id"
                + " where c.responsible_worker = " + own + " order by md5(ch.consultation_id::text) limit 500");
        List<String> members = files("select m.family_id || ' ' || m.client_id from family_member m"
                + " join family_file f on f.id = m.family_id where f.responsible_worker = " + own
                + " and m.left_on is null order by md5(m.id::text) limit 500");
        return List.of(
                new Page("home", "home, a worker's", worker, "/", none),
                new Page("home-coordinator", "home, coordinator", coordinator, "/", none),
                new Page("home-search", "home, name search", coordinator, "/?q=novak", none),
                new Page("home-filtered", "home, filtered page", coordinator,
                        "/?status=SERVICE_USER&colour=GREEN&page=2", none),
                new Page("client-card", "client card, a different one each call", worker, "/clients/{id}", clients),
                new Page("client-status", "client card, status", worker, "/clients/{id}/status", clients),
                new Page("client-contracts", "client card, contracts", worker, "/clients/{id}/contracts", clients),
                new Page("client-plan", "client card, individual plan", worker, "/clients/{id}/plan", clients),
                new Page("client-engagements", "client card, engagements", worker, "/clients/{id}/engagements",
                        clients),
                new Page("client-household", "client card, household", worker, "/clients/{id}/household", clients),
                new Page("client-sharing", "client card, sharing", worker, "/clients/{id}/sharing", clients),
                new Page("busiest-card", "client card of the busiest file", coordinator, "/clients/{id}",
                        busiestClient),
                new Page("busiest-engagements", "engagements of the busiest file", coordinator,
                        "/clients/{id}/engagements", busiestClient),
                new Page("engagement", "engagement, a different one each call", worker, "/engagements/{id}",
                        engagements),
                new Page("engagement-busiest", "engagement with the most consultations", coordinator,
                        "/engagements/{id}", busiestEngagement),
                new Page("bulk-busiest", "bulk entry into it", coordinator, "/engagements/{id}/bulk",
                        busiestEngagement),
                new Page("families", "families, a worker's", worker, "/families", none),
                new Page("families-coordinator", "families, coordinator", coordinator, "/families", none),
                new Page("family", "family card, a different one each call", worker, "/families/{id}", families),
                new Page("chronology", "chronology, everyone's", coordinator, "/chronology", none),
                new Page("chronology-client", "chronology of a client", worker, "/chronology?clientId={id}", clients),
                new Page("chronology-busiest", "chronology of the busiest file", coordinator,
                        "/chronology?clientId={id}", busiestClient),
                new Page("discrepancies", "discrepancies, coordinator", coordinator, "/discrepancies", none),
                new Page("discrepancies-worker", "discrepancies, a worker's", worker, "/discrepancies", none),
                new Page("discrepancies-kind", "discrepancies of one kind, a later page", coordinator,
                        "/discrepancies?kind=STATUS_CONTRACT_MISMATCH&page=3", none),
                // the forms: each reads what it shows before an entry
                new Page("registration", "registering a client (the form)", worker, "/clients/new", none),
                new Page("personal-data-edit", "editing personal data (the form)", worker,
                        "/clients/{id}/personal-data/edit", clients),
                new Page("client-family", "client card, family", worker, "/clients/{id}/family", clients),
                new Page("engagement-new", "opening an engagement (the form)", worker,
                        "/clients/{id}/engagements/new", clients),
                new Page("engagement-details", "editing an engagement (the form)", worker,
                        "/engagements/{id}/details", openEngagements),
                new Page("closure", "closing an engagement (the form)", worker, "/engagements/{id}/closure",
                        openEngagements),
                new Page("closure-correction", "correcting a closure (the form)", worker,
                        "/engagements/{id}/closure/correction", closedEngagements),
                new Page("reopening", "reopening an engagement (the form)", worker, "/engagements/{id}/reopening",
                        closedEngagements),
                new Page("consultation-correction", "correcting a consultation (the form)", worker,
                        "/engagements/{id}/consultations/{id2}/correction", consultations),
                new Page("consultation-void", "voiding a consultation (the form)", worker,
                        "/engagements/{id}/consultations/{id2}/void", consultations),
                new Page("family-new", "registering a family (the form)", worker, "/families/new", none),
                new Page("member-leaving", "a member leaving a family (the form)", worker,
                        "/families/{id}/members/{id2}/leave", members));
    }

    List<Reads.Measured> run() throws Exception {
        List<Page> pages = selected(pages());
        List<Reads.Measured> measured = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (Page page : pages) {
            String failure = measure(page, measured);
            if (failure != null) {
                System.out.println("  FAILED page " + page.key() + ": " + failure);
                failed.put(page.key(), "page " + page.key() + ": " + failure);
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException(failed.size() + " of " + pages.size() + " pages not measured:\n  "
                    + String.join("\n  ", failed.values()) + "\nTo measure the others alone: --page-list="
                    + pages.stream().map(Page::key).filter(key -> !failed.containsKey(key))
                    .collect(Collectors.joining(",")));
        }
        return measured;
    }

    /** Adds the page's latencies to {@code measured}, or answers why it was not measured. */
    private String measure(Page page, List<Reads.Measured> measured) throws Exception {
        if (page.path().contains("{id}") && page.ids().isEmpty()) {
            return page.name() + ": the set has no file for it";
        }
        // a session of its own for each page: none idles past the session timeout while others are measured
        PageSession session = PageSession.login(service, page.user());
        try {
            measured.add(Reads.measure(page.name(), "GET " + page.path() + " (" + page.user() + ")",
                    TARGET_P99_MS, session, page::at, repeats));
            return null;
        } catch (Reads.NotOk notOk) {
            return page.name() + ": GET " + notOk.path + " as " + page.user() + " answered " + notOk.status
                    + (notOk.location == null ? "" : " to " + notOk.location)
                    + (notOk.status == 404 ? " (the page is not built yet, or the file is refused to the user)" : "");
        }
    }

    /** The ids {@code sql} selects, perhaps none (a small set may lack a worker's family). */
    private List<String> files(String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = service.database(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ids.add(result.getString(1));
            }
        }
        return ids;
    }

    private List<Page> selected(List<Page> all) {
        Set<String> unknown = new LinkedHashSet<>(only);
        all.forEach(page -> unknown.remove(page.key()));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--page-list names pages not in the table: " + unknown + "; known: "
                    + all.stream().map(Page::key).toList());
        }
        return only.isEmpty() ? all : all.stream().filter(page -> only.contains(page.key())).toList();
    }
}
