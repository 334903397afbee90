-- The deadlines of each file by name (IndexedDeadlineManager), so that a consultation cancels a file's pending
-- no-contact check by key instead of Axon deserialising every scheduled deadline. Written where a deadline is
-- scheduled; a row whose task has run is cleared when the next deadline of that name is scheduled in that file.
-- Deadlines scheduled before this version are not listed: they run on their day and decide from the file's facts,
-- and the check they schedule next is listed.
create table deadline_scope (
    deadline_id   text primary key,
    scope         text not null,
    deadline_name text not null
);
create index deadline_scope_scope_idx on deadline_scope (scope, deadline_name);
