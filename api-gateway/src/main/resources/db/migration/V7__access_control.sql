-- Who may work on which file, kept in the transaction that stores the events (processor "file-access",
-- subscribing). RESPONSIBLE rows have no days; a SHARE works from first_day to last_day, its consent's days.
create table file_access (
    file_kind   varchar(10)  not null,
    file_id     uuid         not null,
    worker      varchar(100) not null,
    basis       varchar(20)  not null,
    consent_id  uuid,
    first_day   date,
    last_day    date,
    primary key (file_id, worker, basis)
);
create index file_access_worker_idx on file_access (worker, file_id);
create index file_access_consent_idx on file_access (consent_id);

create table sharing_consent (
    consent_id  uuid primary key,
    client_id   uuid         not null,
    given_on    date         not null,
    valid_until date,
    revoked_on  date,
    scope       varchar(20)  not null,
    workers     text         not null
);
create index sharing_consent_client_idx on sharing_consent (client_id);

create table engagement_file (
    engagement_id uuid primary key,
    client_id     uuid not null
);

-- Files recorded before this version: their responsible workers and engagements, from the read models.
insert into file_access (file_kind, file_id, worker, basis)
select 'CLIENT', id, responsible_worker, 'RESPONSIBLE' from client_file where responsible_worker is not null;
insert into file_access (file_kind, file_id, worker, basis)
select 'FAMILY', id, responsible_worker, 'RESPONSIBLE' from family_file where responsible_worker is not null;
insert into engagement_file (engagement_id, client_id) select id, client_id from engagement_view;

-- Users managed by ADMIN; the configured users are added at start-up when missing. roles: comma-separated.
create table app_user (
    username        varchar(64)  primary key,
    password_hash   varchar(200) not null,
    roles           varchar(200) not null,
    enabled         boolean      not null default true,
    totp_secret     varchar(64),
    totp_enrolled   boolean      not null default false,
    failed_logins   integer      not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null,
    changed_at      timestamp with time zone not null,
    changed_by      varchar(64)  not null
);

-- Failed logins, lock-outs, refused requests and changes to users.
create table security_log (
    id          bigint generated always as identity primary key,
    logged_at   timestamp with time zone not null,
    kind        varchar(30)  not null,
    username    varchar(100),
    endpoint    varchar(300),
    file_kind   varchar(20),
    file_id     uuid,
    detail      varchar(500)
);
create index security_log_time_idx on security_log (logged_at);
create index security_log_user_idx on security_log (username, logged_at);
