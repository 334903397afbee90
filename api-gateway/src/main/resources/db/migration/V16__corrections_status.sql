-- issue 20: status entries entered in error (struck through, no longer counting) and their marks
alter table status_entry
    add column in_error_event_id  varchar(100),
    add column in_error_reason    varchar(2000),
    add column in_error_by_system boolean not null default false,
    add column in_error_at        timestamp with time zone,
    add column in_error_by        varchar(100);
create index status_entry_in_error_event on status_entry (in_error_event_id) where in_error_event_id is not null;

-- the indexes (recording order) of a file's entries in error, beside its entries
alter table client_file add column status_errors jsonb not null default '[]';
alter table family_file add column status_errors jsonb not null default '[]';
