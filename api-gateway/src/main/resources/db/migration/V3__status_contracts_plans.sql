-- Issue 3: statuses, contracts, individual plans, the coloured overview; persisted deadlines.

-- db-scheduler (16.x) keeps Axon's deadlines here, so they survive restarts and fire on one node only
create table scheduled_tasks (
    task_name             text                     not null,
    task_instance         text                     not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean                  not null,
    picked_by             text,
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  int,
    last_heartbeat        timestamp with time zone,
    version               bigint                   not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- processor "client-files": the current status, contracts and plan of each client, for the coloured overview
alter table client_file
    add column status             varchar(20),
    add column status_since       date,
    add column status_reason      varchar(40),
    add column status_reason_note varchar(2000),
    add column status_entries     jsonb not null default '[]',
    add column plan_version       integer,
    add column plan_valid_from    date,
    add column plan_review_due    date;
create index client_file_status_idx on client_file (status, search_key);

create table client_contract (
    contract_id     uuid primary key,
    client_id       uuid         not null,
    number          varchar(100) not null,
    signed_on       date         not null,
    valid_from      date         not null,
    valid_to        date,
    ended_on        date,
    end_reason      varchar(2000),
    first_valid_day date         not null,
    last_valid_day  date
);
create index client_contract_client_idx on client_contract (client_id, first_valid_day, last_valid_day);

create table plan_version (
    id          bigint generated always as identity primary key,
    client_id   uuid          not null,
    version     integer       not null,
    valid_from  date          not null,
    review_due  date          not null,
    goals       jsonb         not null,
    adopted_at  timestamp with time zone not null,
    adopted_by  varchar(100),
    unique (client_id, version)
);

-- processor "statuses": every status entry ever made, and the periods they add up to (status statistics)
create table status_entry (
    event_id        varchar(100) primary key,
    client_id       uuid         not null,
    seq             bigint       not null,
    status          varchar(20)  not null,
    effective_date  date         not null,
    reason          varchar(40),
    reason_note     varchar(2000),
    note            varchar(2000),
    source          varchar(20)  not null,
    recorded_at     timestamp with time zone not null,
    recorded_by     varchar(100)
);
create index status_entry_client_idx on status_entry (client_id, seq);
create index status_entry_effective_idx on status_entry (effective_date);

create table status_period (
    id          bigint generated always as identity primary key,
    client_id   uuid        not null,
    status      varchar(20) not null,
    reason      varchar(40),
    started_on  date        not null,
    ended_on    date
);
create index status_period_client_idx on status_period (client_id);
create index status_period_started_idx on status_period (started_on);
