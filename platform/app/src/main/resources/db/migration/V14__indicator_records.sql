-- Indicator data feeds: the records (complaint tickets, documents, patient visits, student scores)
-- a region sends for an indicator plugin, each attributed to the employee whose work it measures.
-- A feed may be re-sent: a record is identified by its plugin and its id in the source.
create table indicator_record (
  tenant_id   text not null default nullif(current_setting('app.tenant_id', true), '')
              check (tenant_id <> '') references tenant (code),
  id          bigint not null,
  plugin_id   text not null check (plugin_id <> ''),
  source_id   text not null check (source_id <> ''),
  employee_id bigint not null,
  opened_at   timestamptz not null,
  closed_at   timestamptz check (closed_at is null or closed_at >= opened_at),
  value       numeric,
  attributes  text not null default '{}',
  received_at timestamptz not null,
  version     bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, plugin_id, source_id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id)
);
create unique index indicator_record_id on indicator_record (id);
create index indicator_record_employee
  on indicator_record (tenant_id, plugin_id, employee_id, opened_at);

do $$
declare
  t text;
begin
  foreach t in array array['indicator_record'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;
