-- Issue 20: a worker's open engagements in the order of their last contact (GET /api/me/engagements), and the
-- engagement reminders of one worker (GET /api/reminders), read from the worker's rows only.
create index engagement_view_worker_open_idx on engagement_view
    (responsible_worker, coalesce(last_consultation_on, opened_on), client_id, id) where closed_on is null;
