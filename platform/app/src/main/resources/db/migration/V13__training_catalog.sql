-- The region's catalog of development activities (trainings, coaching, mentoring, on-the-job) that
-- training-rule plugins recommend from, seeded from tenants-config/<region>/training-catalog.csv
-- and kept by the admin afterwards.
create table training_catalog_entry (
  tenant_id text not null default nullif(current_setting('app.tenant_id', true), '')
            check (tenant_id <> '') references tenant (code),
  id        bigint not null,
  code      text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
  title_id  text not null check (title_id <> ''),
  title_en  text not null check (title_en <> ''),
  kind      text not null check (kind in ('TRAINING', 'COACHING', 'MENTORING', 'ON_THE_JOB')),
  version   bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, code)
);
create unique index training_catalog_entry_id on training_catalog_entry (id);

do $$
declare
  t text;
begin
  foreach t in array array['training_catalog_entry'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;
