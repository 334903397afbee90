-- Issue 5: household and income assessments; indexes for discrepancies and care indicators.

-- processor "households": every assessment; the latest on or before a day is the one in force that day
create table household_assessment (
    id                  uuid primary key,
    client_id           uuid           not null,
    assessed_on         date           not null,
    people_in_dwelling  integer        not null,
    total_income        bigint         not null,
    per_capita_income   numeric(14, 2) not null,
    members             jsonb          not null,
    client_incomes      jsonb          not null,
    recorded_at         timestamp with time zone not null,
    recorded_by         varchar(100)
);
create index household_assessment_client_idx on household_assessment (client_id, assessed_on desc, recorded_at desc);

-- care indicators select engagements by the days they opened and closed
create index engagement_view_opened_idx on engagement_view (opened_on);
create index engagement_view_closed_idx on engagement_view (closed_on);
-- discrepancies look only at open engagements
create index engagement_view_open_idx on engagement_view (opened_on) where closed_on is null;
-- meetings and measures of a period
create index chronology_entry_kind_idx on chronology_entry (kind, date);
