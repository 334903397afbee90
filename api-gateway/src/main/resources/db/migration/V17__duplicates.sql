-- Issue 20: one file per birth number; merging two files of one person.

-- Owned by the command side, written in the transaction that stores a file's events (not a read model: never
-- rebuilt by a replay). The number itself is not kept, only a keyed hash (HMAC-SHA256) of its ten (or nine) digits.
create table client_birth_number (
    birth_number_hash bytea primary key,
    client_id         uuid  not null
);
create index client_birth_number_client_idx on client_birth_number (client_id);

-- Secrets the installation makes for itself when none is configured.
create table installation_secret (
    name   varchar(100) primary key,
    secret bytea        not null
);

-- Files registered before this version hold no claim yet; the service claims them once, at its first start.
create table birth_number_claims_filled (
    filled_at timestamptz not null
);

-- The soft check by name and birth date.
create index client_file_birth_date_idx on client_file (birth_date);

-- A merged file answers with a pointer to the file it went into. Kept by the subscribing processor "file-access"
-- in the merge's own transaction (never replayed), like who may see which file.
create table client_merge (
    merged_id   uuid primary key,
    survivor_id uuid not null,
    merged_on   date not null
);
create index client_merge_survivor_idx on client_merge (survivor_id);

-- The overview lists the surviving file only.
alter table client_file add column merged_into uuid;
