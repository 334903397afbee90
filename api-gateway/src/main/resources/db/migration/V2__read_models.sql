-- Read models. Each belongs to one event processor and is rebuilt from the event store by a replay.

-- processor "client-files"
create table client_file (
    id                       uuid primary key,
    first_name               varchar(100) not null,
    last_name                varchar(100) not null,
    title_before             varchar(50),
    title_after              varchar(50),
    birth_date               date,
    birth_number             varchar(20),
    birth_place              varchar(200),
    addresses                jsonb,
    contacts                 jsonb,
    responsible_worker       varchar(100),
    registered_on            date,
    application_received_on  date,
    application_accepted_on  date,
    time_slots               jsonb,
    time_slots_note          varchar(2000),
    last_contact_on          date,
    open_engagements         integer      not null default 0,
    engagement_count         integer      not null default 0,
    search_key               varchar(400) not null
);
create index client_file_search_key_idx on client_file (search_key, id);
create index client_file_worker_idx on client_file (responsible_worker, search_key);

-- processor "engagements"
create table engagement_view (
    id                    uuid primary key,
    client_id             uuid         not null,
    title                 varchar(200) not null,
    goal                  varchar(2000),
    opened_on             date         not null,
    responsible_worker    varchar(100),
    problem_types         jsonb,
    problem_type_note     varchar(500),
    people_involved       integer,
    problem_description   text,
    closed_on             date,
    closure_reason        varchar(40),
    closure_reason_note   varchar(2000),
    follow_up             boolean,
    follow_up_agreement   text,
    consultation_count    integer      not null default 0,
    consultation_minutes  bigint       not null default 0,
    last_consultation_on  date
);
create index engagement_view_client_idx on engagement_view (client_id);

-- processor "chronology"
create table chronology_entry (
    consultation_id   uuid primary key,
    engagement_id     uuid         not null,
    client_id         uuid         not null,
    date              date         not null,
    kind              varchar(40)  not null,
    duration_minutes  integer      not null,
    place             varchar(40)  not null,
    place_note        varchar(200),
    worker            varchar(100),
    record            text,
    participants      jsonb,
    recorded_at       timestamp with time zone not null,
    recorded_by       varchar(100)
);
create index chronology_entry_newest_idx on chronology_entry (date desc, recorded_at desc, consultation_id desc);
create index chronology_entry_client_idx on chronology_entry (client_id, date desc);
create index chronology_entry_engagement_idx on chronology_entry (engagement_id, date desc);
create index chronology_entry_worker_idx on chronology_entry (worker, date desc);
