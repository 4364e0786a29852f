-- SKP planning: an employee's yearly performance plan (versioned), its planned results (RHK) with
-- their cascading links, indicators (IKI) with targets per period, and the appraiser's special
-- expectations per BerAKHLAK core value.
create table performance_plan (
  tenant_id      text not null default nullif(current_setting('app.tenant_id', true), '')
                 check (tenant_id <> '') references tenant (code),
  id             bigint not null,
  employee_id    bigint not null,
  year           int not null check (year between 2000 and 2100),
  plan_version   int not null check (plan_version >= 1),
  status         text not null
                 check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'SUPERSEDED')),
  return_reason  text,
  approved_by_id bigint,
  approved_at    timestamptz,
  revision_of_id bigint,
  version        bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, employee_id, year, plan_version),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, approved_by_id) references employee (tenant_id, id),
  foreign key (tenant_id, revision_of_id) references performance_plan (tenant_id, id)
);
create unique index performance_plan_id on performance_plan (id);
create index performance_plan_year on performance_plan (tenant_id, year, status);

create table planned_result (
  tenant_id   text not null default nullif(current_setting('app.tenant_id', true), '')
              check (tenant_id <> '') references tenant (code),
  id          bigint not null,
  plan_id     bigint not null,
  kind        text not null check (kind in ('UTAMA', 'TAMBAHAN')),
  text        text not null check (text <> ''),
  supports_id bigint,
  lineage_id  bigint,
  version     bigint not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, plan_id) references performance_plan (tenant_id, id),
  foreign key (tenant_id, supports_id) references planned_result (tenant_id, id)
);
create unique index planned_result_id on planned_result (id);
create index planned_result_plan on planned_result (tenant_id, plan_id);
create index planned_result_supports on planned_result (tenant_id, supports_id);

create table indicator (
  tenant_id text not null default nullif(current_setting('app.tenant_id', true), '')
            check (tenant_id <> '') references tenant (code),
  id        bigint not null,
  result_id bigint not null,
  text      text not null check (text <> ''),
  aspect    text not null check (aspect in ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA')),
  unit      text,
  version   bigint not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, result_id) references planned_result (tenant_id, id)
);
create unique index indicator_id on indicator (id);
create index indicator_result on indicator (tenant_id, result_id);

create table indicator_target (
  tenant_id     text not null default nullif(current_setting('app.tenant_id', true), '')
                check (tenant_id <> '') references tenant (code),
  id            bigint not null,
  indicator_id  bigint not null,
  period_number int not null check (period_number between 1 and 12),
  target        text not null check (target <> ''),
  version       bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, indicator_id, period_number),
  foreign key (tenant_id, indicator_id) references indicator (tenant_id, id)
);
create unique index indicator_target_id on indicator_target (id);

create table special_expectation (
  tenant_id  text not null default nullif(current_setting('app.tenant_id', true), '')
             check (tenant_id <> '') references tenant (code),
  id         bigint not null,
  plan_id    bigint not null,
  core_value text not null check (core_value in ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN',
                                                 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF')),
  text       text not null check (text <> ''),
  version    bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, plan_id, core_value),
  foreign key (tenant_id, plan_id) references performance_plan (tenant_id, id)
);
create unique index special_expectation_id on special_expectation (id);

do $$
declare
  t text;
begin
  foreach t in array array['performance_plan', 'planned_result', 'indicator', 'indicator_target',
                           'special_expectation'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;
