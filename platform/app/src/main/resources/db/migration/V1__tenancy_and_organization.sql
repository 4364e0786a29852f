-- Regions (tenants). Not tenant-owned: the platform keeps one row per folder of tenants-config.
create table tenant (
  code              text primary key check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  name              text not null,
  kind              text not null check (kind in ('PROVINSI', 'KABUPATEN', 'KOTA')),
  time_zone         text not null,
  evaluation_period text not null check (evaluation_period in ('MONTHLY', 'QUARTERLY'))
);

-- One sequence for the platform's ids; the allocation size matches the entities' (50).
create sequence kinerja_id_seq start with 50 increment by 50;

-- Every tenant-owned table: tenant_id leads its keys, defaults to the transaction's tenant, and
-- row-level security (forced, also for the owner) confines every statement to that tenant.
create table org_unit (
  tenant_id text not null default nullif(current_setting('app.tenant_id', true), '')
            check (tenant_id <> '') references tenant (code),
  id        bigint not null,
  code      text not null,
  name      text not null,
  parent_id bigint,
  version   bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, code),
  foreign key (tenant_id, parent_id) references org_unit (tenant_id, id) deferrable initially deferred
);
create unique index org_unit_id on org_unit (id);

create table employee (
  tenant_id       text not null default nullif(current_setting('app.tenant_id', true), '')
                  check (tenant_id <> '') references tenant (code),
  id              bigint not null,
  nip             char(18) not null check (nip ~ '^[0-9]{18}$'),
  name            text not null,
  position_name   text not null,
  position_kind   text not null
                  check (position_kind in ('JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL')),
  employment_type text not null check (employment_type in ('PNS', 'PPPK')),
  email           text,
  unit_id         bigint not null,
  supervisor_id   bigint,
  version         bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, nip),
  foreign key (tenant_id, unit_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, supervisor_id) references employee (tenant_id, id) deferrable initially deferred
);
create unique index employee_id on employee (id);
create index employee_name on employee (tenant_id, lower(name));
create index employee_supervisor on employee (tenant_id, supervisor_id);
create index employee_unit on employee (tenant_id, unit_id);

-- A plugin's enablement and configuration for one region: data, not a class-loader operation.
create table plugin_setting (
  tenant_id text not null default nullif(current_setting('app.tenant_id', true), '')
            check (tenant_id <> '') references tenant (code),
  id        bigint not null,
  plugin_id text not null,
  enabled   boolean not null,
  config    text not null default '{}',
  version   bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, plugin_id)
);
create unique index plugin_setting_id on plugin_setting (id);

do $$
declare
  t text;
begin
  foreach t in array array['org_unit', 'employee', 'plugin_setting'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;

grant select, insert, update on tenant to ${appRole};
grant usage, select on sequence kinerja_id_seq to ${appRole};
