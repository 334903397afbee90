-- Corrections of engagements (issue 20): a voided or back-dated consultation can move a client's last contact back,
-- so the client file keeps the last consultation of each engagement. Filled from what engagement_view knows.
alter table client_file add column last_consultations jsonb;

update client_file f
set last_consultations = (select jsonb_object_agg(e.id::text, to_char(e.last_consultation_on, 'YYYY-MM-DD'))
                          from engagement_view e
                          where e.client_id = f.id and e.last_consultation_on is not null)
where exists (select 1 from engagement_view e where e.client_id = f.id and e.last_consultation_on is not null);
