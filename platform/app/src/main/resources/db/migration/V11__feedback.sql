-- 360 feedback. Two tables that are deliberately NOT linked: feedback_answer holds the anonymous
-- answers (about whom, in which period, for which source, from which respondent group, grouped by
-- a random submission id) without the respondent; feedback_given holds only the fact that a
-- respondent answered about a subject for a source in a period (to refuse a second answer), without
-- any answer. No key, id or timestamp joins them: answer ids are random, not from the sequence, and
-- answers carry only the day they were given.
create table feedback_answer (
  tenant_id        text not null default nullif(current_setting('app.tenant_id', true), '')
                   check (tenant_id <> '') references tenant (code),
  id               bigint not null,
  period_id        bigint not null,
  employee_id      bigint not null,
  source_id        text not null check (source_id <> ''),
  respondent_group text not null check (respondent_group in ('PEERS', 'SUBORDINATES', 'SUPERVISOR')),
  submission_id    uuid not null,
  question_id      text not null check (question_id <> ''),
  score            int check (score >= 0),
  text             text,
  created_on       date not null,
  version          bigint not null default 0,
  primary key (tenant_id, id),
  check (score is not null or text is not null),
  foreign key (tenant_id, period_id) references evaluation_period (tenant_id, id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id)
);
create unique index feedback_answer_id on feedback_answer (id);
create index feedback_answer_subject on feedback_answer (tenant_id, employee_id, period_id, source_id);

create table feedback_given (
  tenant_id        text not null default nullif(current_setting('app.tenant_id', true), '')
                   check (tenant_id <> '') references tenant (code),
  id               bigint not null,
  period_id        bigint not null,
  respondent_id    bigint not null,
  employee_id      bigint not null check (employee_id <> respondent_id),
  source_id        text not null check (source_id <> ''),
  respondent_group text not null check (respondent_group in ('PEERS', 'SUBORDINATES', 'SUPERVISOR')),
  answered_at      timestamptz not null,
  version          bigint not null default 0,
  primary key (tenant_id, id),
  unique (tenant_id, period_id, respondent_id, employee_id, source_id),
  foreign key (tenant_id, period_id) references evaluation_period (tenant_id, id),
  foreign key (tenant_id, respondent_id) references employee (tenant_id, id),
  foreign key (tenant_id, employee_id) references employee (tenant_id, id)
);
create unique index feedback_given_id on feedback_given (id);
create index feedback_given_respondent on feedback_given (tenant_id, respondent_id, period_id);

do $$
declare
  t text;
begin
  foreach t in array array['feedback_answer', 'feedback_given'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy tenant_isolation on %I using (tenant_id = current_setting(''app.tenant_id'', true)) '
      'with check (tenant_id = current_setting(''app.tenant_id'', true))', t);
    execute format('grant select, insert, update, delete on %I to ${appRole}', t);
  end loop;
end
$$;
