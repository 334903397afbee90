-- A worker's home (issue 22): the summary's statements start from the responsible worker and a status (the files
-- the no-contact rule watches, the plans to review, the plans missing or overdue). With one index per column
-- PostgreSQL joined the worker's 5,000 files with the 15,000-30,000 of the status (a BitmapAnd, 6-9 ms each time);
-- one index on both reads the 750-1,500 files at once. The reminders of contracts ending read the contracts by
-- their last valid day instead of all of them.
create index if not exists client_file_worker_status_idx on client_file (responsible_worker, status);
create index if not exists family_file_worker_status_idx on family_file (responsible_worker, status);
create index if not exists contract_last_valid_day_idx on contract (last_valid_day) where last_valid_day is not null;
