-- Answers to POST requests sent with an Idempotency-Key header, per user and key, stored in the transaction that
-- stores the request's events: a retry with the same key and body gets the same answer, and nothing twice.
create table idempotent_request (
    user_name       text         not null,
    idempotency_key varchar(255) not null,
    fingerprint     bytea        not null,
    status          smallint     not null,
    content_type    varchar(255),
    location        text,
    body            bytea        not null,
    stored_at       timestamptz  not null,
    primary key (user_name, idempotency_key)
);
create index idempotent_request_stored_at_idx on idempotent_request (stored_at);
