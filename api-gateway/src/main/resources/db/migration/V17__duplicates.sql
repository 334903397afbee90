-- Issue 20: one file per birth number.

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
