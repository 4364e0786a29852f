-- The citizens' anonymous responses from the public survey page of a service unit (SKM/IKM), one
-- row per feedback source of a submission. Never the raw IP: client_hash is an HMAC of a server
-- secret, the client's address and the day, enough to count one device's responses per hour.
create table citizen_response (
  tenant_id    text not null default nullif(current_setting('app.tenant_id', true), '')
               check (tenant_id <> '') references tenant (code),
  id           bigint not null,
  unit_id      bigint not null,
  employee_id  bigint,
  source_id    text not null check (source_id <> ''),
  answers      text not null,
  submitted_at timestamptz not null,
  client_hash  text not null check (client_hash <> ''),
  version      bigint not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, unit_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id)
);
create unique index citizen_response_id on citizen_response (id);
create index citizen_response_unit on citizen_response (tenant_id, unit_id, submitted_at);
create index citizen_response_client on citizen_response (tenant_id, client_hash, submitted_at);
create index citizen_response_employee on citizen_response (tenant_id, employee_id, submitted_at);

do $$
declare
  t text;
begin
  foreach t in array array['citizen_response'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;
