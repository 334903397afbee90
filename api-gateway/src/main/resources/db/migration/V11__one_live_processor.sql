-- Issue 18: one processor, "read-models", keeps every replayable read model live instead of one processor each.
-- A database that already has read models takes over the furthest of their tokens (so no event is applied twice;
-- an event a slower one had not applied yet may be missing), and is marked for one rebuild, which the service
-- starts once it is up (ReadModelUpgrade) and which sets the exact token when it swaps its tables in.
create table pending_rebuild (
    reason     varchar(200) not null,
    created_at timestamp with time zone not null default now()
);

insert into pending_rebuild (reason)
select 'one processor for all read models (issue 18)'
where exists (select 1 from token_entry where processor_name in
              ('client-files', 'engagements', 'chronology', 'statuses', 'family-files', 'households'));

insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)
select 'read-models', segment, furthest.token, furthest.token_type, furthest.timestamp, null
from (select token, token_type, timestamp from token_entry
      where processor_name in ('client-files', 'engagements', 'chronology', 'statuses', 'family-files', 'households')
        and token is not null
      order by coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint, -1) desc
      limit 1) furthest
cross join (values (0), (1), (2), (3)) segments(segment);

delete from token_entry
where processor_name in ('client-files', 'engagements', 'chronology', 'statuses', 'family-files', 'households');
delete from dead_letter_entry
where processing_group in ('client-files', 'engagements', 'chronology', 'statuses', 'family-files', 'households');
