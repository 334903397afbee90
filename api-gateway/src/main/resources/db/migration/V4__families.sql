-- Families (issue 4). A family keeps a status history, contracts and a plan like a client, so the tables that held
-- a client's now hold a "file": a client's or a family's, told apart by file_kind.

alter table client_contract rename to contract;
alter table contract rename column client_id to file_id;
alter table contract add column file_kind varchar(10) not null default 'CLIENT';
alter table contract alter column file_kind drop default;
alter index client_contract_client_idx rename to contract_file_idx;

alter table plan_version rename column client_id to file_id;
alter table plan_version add column file_kind varchar(10) not null default 'CLIENT';
alter table plan_version alter column file_kind drop default;

alter table status_entry rename column client_id to file_id;
alter table status_entry add column file_kind varchar(10) not null default 'CLIENT';
alter table status_entry alter column file_kind drop default;
alter index status_entry_client_idx rename to status_entry_file_idx;

alter table status_period rename column client_id to file_id;
alter table status_period add column file_kind varchar(10) not null default 'CLIENT';
alter table status_period alter column file_kind drop default;
alter index status_period_client_idx rename to status_period_file_idx;

-- processor "client-files": the family a client belongs to now
alter table client_file
    add column family_id       uuid,
    add column family_relation varchar(20),
    add column family_since    date;
create index client_file_family_idx on client_file (family_id);

-- processor "family-files"
create table family_file (
    id                 uuid primary key,
    name               varchar(200) not null,
    address            jsonb,
    responsible_worker varchar(100),
    created_on         date         not null,
    member_count       integer      not null default 0,
    search_key         varchar(400) not null,
    status             varchar(20),
    status_since       date,
    status_reason      varchar(40),
    status_reason_note varchar(2000),
    status_entries     jsonb        not null default '[]',
    plan_version       integer,
    plan_valid_from    date,
    plan_review_due    date
);
create index family_file_search_key_idx on family_file (search_key, id);
create index family_file_worker_idx on family_file (responsible_worker, search_key);
create index family_file_status_idx on family_file (status, search_key);

-- every membership, past and present: left_on is empty while the client is a member
create table family_member (
    id         bigint generated always as identity primary key,
    family_id  uuid        not null,
    client_id  uuid        not null,
    relation   varchar(20) not null,
    since      date        not null,
    left_on    date
);
create index family_member_family_idx on family_member (family_id, left_on);
create index family_member_client_idx on family_member (client_id);
