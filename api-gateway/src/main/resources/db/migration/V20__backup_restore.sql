-- Issue 21: backups keep the keys apart from the data.

-- Why the file was erased, kept with the record of the erasure: a restore of data from before the erasure with keys
-- from after it records the erasure again, with this reason (RestoredErasures). Like ClientErased.reason it is in
-- clear and must not name the person.
alter table personal_data_key add column erasure_reason varchar(2000);

-- Erasures that a restore found in the key archive but not in the restored event store; the service records each
-- through the normal path at its next start and deletes the row.
create table restored_erasure (
    client_id  uuid primary key,
    erased_at  timestamp with time zone not null,
    reason     varchar(2000) not null
);
