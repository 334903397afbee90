-- A worker's home (issue 22): the summary counts a worker's 5,000 files by colour, counts their discrepancies and
-- finds their reminders. A client_file row is 1.6 kB (five to a page), so reading the heap rows of one worker's
-- files touched 4,600 pages for every count (18-40 ms at 100,000 clients). These indexes hold every column those
-- statements read, so they are index-only scans over a few hundred pages.
create index if not exists client_file_worker_care_idx on client_file (responsible_worker, status)
    include (id, colour, coloured_on, colour_until, red_since, status_since, plan_review_due, registered_on,
             last_contact_on, merged_into, erased_on);
drop index if exists client_file_worker_status_idx;
create index if not exists family_file_worker_care_idx on family_file (responsible_worker, status)
    include (id, colour, coloured_on, colour_until, red_since, status_since, plan_review_due, created_on);
drop index if exists family_file_worker_status_idx;
create index if not exists engagement_view_worker_open_care_idx
    on engagement_view (responsible_worker, coalesce(last_consultation_on, opened_on), client_id, id)
    include (last_consultation_on, opened_on) where closed_on is null;
drop index if exists engagement_view_worker_open_idx;
-- A worker's red files (the status that contradicts the contracts), in the order their discrepancy began: a
-- worker's discrepancies read these instead of intersecting all 5,000 of the worker's files with all red ones.
create index if not exists client_file_worker_red_idx on client_file (responsible_worker, red_since, id)
    include (coloured_on, colour_until, merged_into) where colour = 'RED';
create index if not exists family_file_worker_red_idx on family_file (responsible_worker, red_since, id)
    include (coloured_on, colour_until) where colour = 'RED';
-- An index-only scan skips the heap only on pages the visibility map marks all-visible, which only vacuum does:
-- these tables are vacuumed after 2 % of their rows change, not after the default 20 %.
alter table client_file set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table family_file set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table engagement_view set (autovacuum_vacuum_scale_factor = 0.02,
                                 autovacuum_vacuum_insert_scale_factor = 0.02);
