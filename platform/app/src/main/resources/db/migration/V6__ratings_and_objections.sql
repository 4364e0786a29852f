-- Periodic ratings (penilaian) of employees by their pejabat penilai, with notes per BerAKHLAK core
-- value, and the employees' objections (keberatan) decided by the atasan pejabat penilai.
create table period_rating (
  tenant_id        text not null default nullif(current_setting('app.tenant_id', true), '')
                   check (tenant_id <> '') references tenant (code),
  id               bigint not null,
  period_id        bigint not null,
  employee_id      bigint not null,
  appraiser_id     bigint not null,
  plan_id          bigint not null,
  result_rating    text not null
                   check (result_rating in ('ABOVE_EXPECTATION', 'AS_EXPECTED', 'BELOW_EXPECTATION')),
  behaviour_rating text not null
                   check (behaviour_rating in ('ABOVE_EXPECTATION', 'AS_EXPECTED',
                                               'BELOW_EXPECTATION')),
  predicate        text not null
                   check (predicate in ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG',
                                        'SANGAT_KURANG')),
  note             text,
  status           text not null check (status in ('DRAFT', 'PUBLISHED', 'OBJECTED')),
  rated_at         timestamptz not null,
  published_at     timestamptz,
  version          bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, period_id, employee_id),
  check ((status = 'DRAFT') = (published_at is null)),
  foreign key (tenant_id, period_id) references evaluation_period (tenant_id, id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, appraiser_id) references employee (tenant_id, id),
  foreign key (tenant_id, plan_id) references performance_plan (tenant_id, id)
);
create unique index period_rating_id on period_rating (id);
create index period_rating_appraiser on period_rating (tenant_id, appraiser_id, period_id);
create index period_rating_employee on period_rating (tenant_id, employee_id);

create table rating_note (
  tenant_id  text not null default nullif(current_setting('app.tenant_id', true), '')
             check (tenant_id <> '') references tenant (code),
  id         bigint not null,
  rating_id  bigint not null,
  core_value text not null check (core_value in ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN',
                                                 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF')),
  text       text not null check (text <> ''),
  version    bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, rating_id, core_value),
  foreign key (tenant_id, rating_id) references period_rating (tenant_id, id)
);
create unique index rating_note_id on rating_note (id);

create table rating_objection (
  tenant_id                 text not null
                            default nullif(current_setting('app.tenant_id', true), '')
                            check (tenant_id <> '') references tenant (code),
  id                        bigint not null,
  rating_id                 bigint not null,
  reason                    text not null check (reason <> ''),
  filed_at                  timestamptz not null,
  status                    text not null check (status in ('PENDING', 'REJECTED', 'GRANTED')),
  decided_by_id             bigint,
  decided_at                timestamptz,
  decision_reason           text,
  original_result_rating    text not null,
  original_behaviour_rating text not null,
  original_predicate        text not null,
  version                   bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, rating_id),
  check ((status = 'PENDING') = (decided_at is null)),
  check (status = 'PENDING' or (decided_by_id is not null and decision_reason <> '')),
  foreign key (tenant_id, rating_id) references period_rating (tenant_id, id),
  foreign key (tenant_id, decided_by_id) references employee (tenant_id, id)
);
create unique index rating_objection_id on rating_objection (id);
create index rating_objection_status on rating_objection (tenant_id, status);

do $$
declare
  t text;
begin
  foreach t in array array['period_rating', 'rating_note', 'rating_objection'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;
