-- A region's performance years and their monthly or quarterly periods.
create table evaluation_period (
  tenant_id text not null default nullif(current_setting('app.tenant_id', true), '')
            check (tenant_id <> '') references tenant (code),
  id        bigint not null,
  year      int not null check (year between 2000 and 2100),
  kind      text not null check (kind in ('YEAR', 'QUARTER', 'MONTH')),
  number    int not null check (
              (kind = 'YEAR' and number = 0)
              or (kind = 'QUARTER' and number between 1 and 4)
              or (kind = 'MONTH' and number between 1 and 12)),
  starts_on date not null,
  ends_on   date not null check (ends_on >= starts_on),
  deadline  timestamptz not null,
  state     text not null check (state in ('OPEN', 'LOCKED')),
  version   bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, year, kind, number)
);
create unique index evaluation_period_id on evaluation_period (id);

alter table evaluation_period enable row level security;
alter table evaluation_period force row level security;
create policy tenant_isolation on evaluation_period
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));
grant select, insert, update, delete on evaluation_period to ${appRole};
