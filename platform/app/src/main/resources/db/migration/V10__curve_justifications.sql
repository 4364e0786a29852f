-- Calibration: the written justification of a unit that breaks its distribution curve in a
-- period, without which the period cannot be locked.
create table curve_justification (
  tenant_id  text not null default nullif(current_setting('app.tenant_id', true), '')
             check (tenant_id <> '') references tenant (code),
  id         bigint not null,
  period_id  bigint not null,
  unit_id    bigint not null,
  text       text not null check (btrim(text) <> ''),
  author_id  bigint not null,
  written_at timestamptz not null,
  version    bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, period_id, unit_id),
  foreign key (tenant_id, period_id) references evaluation_period (tenant_id, id),
  foreign key (tenant_id, unit_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, author_id) references employee (tenant_id, id)
);
create unique index curve_justification_id on curve_justification (id);

alter table curve_justification enable row level security;
alter table curve_justification force row level security;
create policy tenant_isolation on curve_justification
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update, delete on curve_justification to ${appRole};
