-- Performance dialogues (dialog kinerja) of an employee with their pejabat penilai in an evaluation
-- period, with the development plan agreed and each side's confirmation.
create table performance_dialogue (
  tenant_id              text not null default nullif(current_setting('app.tenant_id', true), '')
                         check (tenant_id <> '') references tenant (code),
  id                     bigint not null,
  employee_id            bigint not null,
  appraiser_id           bigint not null,
  period_id              bigint not null,
  meeting_date           date not null,
  achievements           text,
  obstacles              text,
  employee_confirmed_at  timestamptz,
  appraiser_confirmed_at timestamptz,
  version                bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, employee_id, period_id),
  check (employee_id <> appraiser_id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, appraiser_id) references employee (tenant_id, id),
  foreign key (tenant_id, period_id) references evaluation_period (tenant_id, id)
);
create unique index performance_dialogue_id on performance_dialogue (id);
create index performance_dialogue_appraiser on performance_dialogue (tenant_id, appraiser_id);

create table development_plan_item (
  tenant_id   text not null default nullif(current_setting('app.tenant_id', true), '')
              check (tenant_id <> '') references tenant (code),
  id          bigint not null,
  dialogue_id bigint not null,
  kind        text not null check (kind in ('TRAINING', 'COACHING', 'MENTORING', 'ON_THE_JOB')),
  description text not null check (description <> ''),
  target_date date,
  version     bigint not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, dialogue_id) references performance_dialogue (tenant_id, id)
);
create unique index development_plan_item_id on development_plan_item (id);
create index development_plan_item_dialogue on development_plan_item (tenant_id, dialogue_id);

do $$
declare
  t text;
begin
  foreach t in array array['performance_dialogue', 'development_plan_item'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;
