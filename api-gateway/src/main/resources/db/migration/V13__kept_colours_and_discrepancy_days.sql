-- Issue 19: the overviews' colour and its explanation are kept by the read model, with the day they were found
-- (coloured_on) and the first day they may differ (colour_until, null when no date can change them) and, for a red file, the day its status and contracts began to
-- contradict each other (red_since, the discrepancy's day). The projection colours a file on every change; the daily
-- "recolouring" task colours the files whose day has come. A file whose kept colour does not hold today is coloured
-- on the fly as before, so a late task or a file not coloured yet is never shown wrong.
alter table client_file
    add column colour             varchar(10),
    add column colour_explanation varchar(4000),
    add column coloured_on        date,
    add column colour_until       date,
    add column red_since          date;
alter table family_file
    add column colour             varchar(10),
    add column colour_explanation varchar(4000),
    add column coloured_on        date,
    add column colour_until       date,
    add column red_since          date;

create index client_file_colour_until_idx on client_file (colour_until) where colour_until is not null;
create index family_file_colour_until_idx on family_file (colour_until) where colour_until is not null;
create index client_file_uncoloured_idx on client_file (id) where colour is null;
create index family_file_uncoloured_idx on family_file (id) where colour is null;
create index client_file_coloured_on_idx on client_file (coloured_on);
create index family_file_coloured_on_idx on family_file (coloured_on);

-- Discrepancies (R5) page by index range scans, each kind in the order of the day it began; the engagement kinds
-- keep the day they count from, so settings G and L apply at the question, without a rebuild.
create index client_file_red_since_idx on client_file (red_since, id) where colour = 'RED';
create index family_file_red_since_idx on family_file (red_since, id) where colour = 'RED';
create index client_file_plan_due_idx on client_file (greatest(status_since, plan_review_due + 1), id)
    where status = 'SERVICE_USER';
create index family_file_plan_due_idx on family_file (greatest(status_since, plan_review_due + 1), id)
    where status = 'SERVICE_USER';
create index engagement_view_last_contact_idx on engagement_view
    (coalesce(last_consultation_on, opened_on), client_id, id) where closed_on is null;
create index engagement_view_open_since_idx on engagement_view (opened_on, client_id, id) where closed_on is null;

-- No rebuild: the files of an existing database are coloured by the recolouring task's first run, at start-up.

-- A file's or an engagement's chronology in the page's full order (newest day, then the last recorded), so a page
-- deep in a busy file is read from the index instead of sorting all its consultations of one day (the busiest
-- file: 14,524 rows sorted for page 19, 62 ms; from this index 1 ms).
create index chronology_entry_client_order_idx on chronology_entry
    (client_id, date desc, recorded_at desc, consultation_id desc);
create index chronology_entry_engagement_order_idx on chronology_entry
    (engagement_id, date desc, recorded_at desc, consultation_id desc);
drop index chronology_entry_client_idx;
drop index chronology_entry_engagement_idx;
