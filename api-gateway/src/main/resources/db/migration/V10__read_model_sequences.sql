-- Issue 18: a rebuild writes read-model rows in JDBC batches. Hibernate cannot batch rows whose id the database
-- assigns one by one (identity), so these surrogate ids now come from sequences Hibernate draws 50 at a time.
-- The sequences belong to no table: a rebuilt table that replaces its old one keeps drawing from the same one.
alter table plan_version alter column id drop identity;
create sequence plan_version_id_seq increment by 50;
select setval('plan_version_id_seq', coalesce((select max(id) from plan_version), 0) + 50, false);

alter table status_period alter column id drop identity;
create sequence status_period_id_seq increment by 50;
select setval('status_period_id_seq', coalesce((select max(id) from status_period), 0) + 50, false);

alter table family_member alter column id drop identity;
create sequence family_member_id_seq increment by 50;
select setval('family_member_id_seq', coalesce((select max(id) from family_member), 0) + 50, false);
