-- Notifications: in-app notices to an employee (texts in Indonesian and English, read or unread),
-- and the deadline reminders already sent per evaluation period (sent once per period).
create table notice (
  tenant_id    text not null default nullif(current_setting('app.tenant_id', true), '')
               check (tenant_id <> '') references tenant (code),
  id           bigint not null,
  recipient_id bigint not null,
  kind         text not null
               check (kind in ('PLAN_SUBMITTED', 'PLAN_RETURNED', 'PLAN_APPROVED', 'FEEDBACK_GIVEN',
                               'RATING_PUBLISHED', 'OBJECTION_FILED', 'OBJECTION_DECIDED',
                               'DEADLINE_APPROACHING')),
  subject_id   text not null,
  subject_en   text not null,
  body_id      text not null,
  body_en      text not null,
  link         text not null,
  created_at   timestamptz not null,
  read_at      timestamptz,
  version      bigint not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, recipient_id) references employee (tenant_id, id)
);
create unique index notice_id on notice (id);
create index notice_recipient on notice (tenant_id, recipient_id, created_at desc);

create table deadline_reminder (
  tenant_id text not null default nullif(current_setting('app.tenant_id', true), '')
            check (tenant_id <> '') references tenant (code),
  id        bigint not null,
  period_id bigint not null,
  sent_at   timestamptz not null,
  version   bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, period_id),
  foreign key (tenant_id, period_id) references evaluation_period (tenant_id, id)
);
create unique index deadline_reminder_id on deadline_reminder (id);

do $$
declare
  t text;
begin
  foreach t in array array['notice', 'deadline_reminder'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;
