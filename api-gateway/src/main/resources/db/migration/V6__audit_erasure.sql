-- Crypto-shredding: one key per client or family file. Erasure sets keyset to null; the row stays as the record
-- that the file's personal data is gone.
create table personal_data_key (
    subject_id  uuid primary key,
    keyset      bytea,
    created_at  timestamp with time zone not null,
    erased_at   timestamp with time zone
);

alter table client_file add column erased_on date;

-- ConsultationRecorded revision 2
alter table chronology_entry add column travel_minutes integer;

-- Who read which personal file, when, through which endpoint.
create table read_access (
    id          bigint generated always as identity primary key,
    read_at     timestamp with time zone not null,
    reader      varchar(100) not null,
    file_kind   varchar(20)  not null,
    file_id     uuid         not null,
    client_id   uuid,
    endpoint    varchar(300) not null
);
create index read_access_client_idx on read_access (client_id, read_at);
create index read_access_reader_idx on read_access (reader, read_at);
create index read_access_time_idx on read_access (read_at);
