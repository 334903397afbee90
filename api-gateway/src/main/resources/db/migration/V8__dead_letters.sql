-- Dead letters of the pooled processors (the read models and family-automation): Axon's JdbcSequencedDeadLetterQueue
-- with the column names of DeadLetterConfiguration's DeadLetterSchema. Types as Axon's GenericDeadLetterTableFactory
-- creates them, except bytea for serialized data (no large objects); its times are ISO-8601 texts, compared as text.
-- The payload is written by the event serializer, so personal data is encrypted here as in the event store and an
-- erasure (destroying the file's key) reaches dead letters too.
create table dead_letter_entry (
    dead_letter_id       varchar(255)  not null primary key,
    processing_group     varchar(255)  not null,
    sequence_identifier  varchar(255)  not null,
    sequence_index       bigint        not null,
    message_type         varchar(255)  not null,
    event_identifier     varchar(255)  not null,
    time_stamp           varchar(255)  not null,
    payload_type         varchar(255)  not null,
    payload_revision     varchar(255),
    payload              bytea         not null,
    meta_data            bytea,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  not null,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    -- its leading columns also serve Axon's look-ups by processing group and by (group, sequence)
    constraint dead_letter_entry_sequence unique (processing_group, sequence_identifier, sequence_index)
);
