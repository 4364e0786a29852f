-- Realisations: per periodic evaluation period, the achieved value of each IKI of an employee's
-- approved plan, its evidence (links, or files whose content is kept in evidence_file under the
-- same row-level security) and the appraiser's continuous feedback.
create table realisation (
  tenant_id    text not null default nullif(current_setting('app.tenant_id', true), '')
               check (tenant_id <> '') references tenant (code),
  id           bigint not null,
  employee_id  bigint not null,
  indicator_id bigint not null,
  period_id    bigint not null,
  achieved     text not null check (achieved <> ''),
  description  text,
  recorded_at  timestamptz not null,
  updated_at   timestamptz not null,
  version      bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, indicator_id, period_id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id),
  foreign key (tenant_id, indicator_id) references indicator (tenant_id, id),
  foreign key (tenant_id, period_id) references evaluation_period (tenant_id, id)
);
create unique index realisation_id on realisation (id);
create index realisation_employee_period on realisation (tenant_id, employee_id, period_id);

create table evidence (
  tenant_id      text not null default nullif(current_setting('app.tenant_id', true), '')
                 check (tenant_id <> '') references tenant (code),
  id             bigint not null,
  realisation_id bigint not null,
  kind           text not null check (kind in ('FILE', 'LINK')),
  url            text,
  file_name      text,
  content_type   text,
  size_bytes     bigint,
  sha256         text,
  added_at       timestamptz not null,
  version        bigint not null default 0,
  primary key (tenant_id, id),
  check ((kind = 'LINK' and url is not null and file_name is null)
      or (kind = 'FILE' and url is null and file_name is not null and content_type is not null
          and size_bytes > 0 and sha256 ~ '^[0-9a-f]{64}$')),
  foreign key (tenant_id, realisation_id) references realisation (tenant_id, id)
);
create unique index evidence_id on evidence (id);
create index evidence_realisation on evidence (tenant_id, realisation_id);

create table evidence_file (
  tenant_id   text not null default nullif(current_setting('app.tenant_id', true), '')
              check (tenant_id <> '') references tenant (code),
  id          bigint not null,
  evidence_id bigint not null,
  content     bytea not null check (length(content) > 0),
  version     bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, evidence_id),
  foreign key (tenant_id, evidence_id) references evidence (tenant_id, id)
);
create unique index evidence_file_id on evidence_file (id);

create table feedback (
  tenant_id      text not null default nullif(current_setting('app.tenant_id', true), '')
                 check (tenant_id <> '') references tenant (code),
  id             bigint not null,
  realisation_id bigint not null,
  author_id      bigint not null,
  text           text not null check (text <> ''),
  given_at       timestamptz not null,
  version        bigint not null default 0,
  primary key (tenant_id, id),
  foreign key (tenant_id, realisation_id) references realisation (tenant_id, id),
  foreign key (tenant_id, author_id) references employee (tenant_id, id)
);
create unique index feedback_id on feedback (id);
create index feedback_realisation on feedback (tenant_id, realisation_id);

do $$
declare
  t text;
begin
  foreach t in array array['realisation', 'evidence', 'evidence_file', 'feedback'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;
