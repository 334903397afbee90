-- Issue 19: the status statistics from counts the status projection keeps per day, instead of counting every
-- period and entry of the period asked for (StatusQueryHandler). Filled here from the rows already kept, as the
-- projection and a rebuild would fill them, so no rebuild is needed.

-- when the file's previous period in the same status started: a period started in [from, to] is the file's first
-- entry into that status there unless this day is inside [from, to] too
alter table status_period add column previous_started_on date;
update status_period p set previous_started_on = earlier.started_on
from (select id, lag(started_on) over (partition by file_kind, file_id, status order by started_on) as started_on
      from status_period) earlier
where earlier.id = p.id and earlier.started_on is not null;
create index status_period_reentry_idx on status_period (previous_started_on) include (file_kind, status, started_on)
    where previous_started_on is not null;

-- periods started and ended on each day, by kind of file, status and reason (a reason may be none)
create sequence status_day_id_seq increment by 50;
create table status_day (
    id              bigint      primary key,
    day             date        not null,
    file_kind       varchar(10) not null,
    status          varchar(20) not null,
    reason          varchar(40),
    periods_started integer     not null,
    periods_ended   integer     not null
);
create unique index status_day_key_idx on status_day (day, file_kind, status, reason)
    include (periods_started, periods_ended) nulls not distinct;
insert into status_day (id, day, file_kind, status, reason, periods_started, periods_ended)
select nextval('status_day_id_seq'), day, file_kind, status, reason, sum(started), sum(ended)
from (select started_on as day, file_kind, status, reason, 1 as started, 0 as ended from status_period
      union all
      select ended_on, file_kind, status, reason, 0, 1 from status_period where ended_on is not null) changes
group by day, file_kind, status, reason;

-- status entries taking effect on each day, by kind of file and source
create table status_entry_day (
    day       date        not null,
    file_kind varchar(10) not null,
    source    varchar(20) not null,
    entries   integer     not null,
    primary key (day, file_kind, source)
);
insert into status_entry_day (day, file_kind, source, entries)
select effective_date, file_kind, source, count(*) from status_entry group by effective_date, file_kind, source;
