-- The audit trail: a region's changes, append-only, in a per-region SHA-256 hash chain.
-- seq numbers a region's events 1, 2, 3, ... without gaps; prev_hash is the hash of event seq - 1
-- (64 zeros for seq 1); hash covers every other column in the canonical serialisation documented
-- in id.kinerja.platform.audit.domain.AuditChain. The application appends under a per-region
-- advisory lock (AuditTrail), so two transactions never fork a region's chain.
create table audit_event (
  tenant_id   text not null default nullif(current_setting('app.tenant_id', true), '')
              check (tenant_id <> '') references tenant (code),
  seq         bigint not null check (seq > 0),
  occurred_at timestamptz not null,
  actor       text not null,
  entity_type text not null,
  entity_id   text not null,
  action      text not null,
  before      text,
  after       text,
  prev_hash   text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash        text not null check (hash ~ '^[0-9a-f]{64}$'),
  primary key (tenant_id, seq)
);
create index audit_event_entity on audit_event (tenant_id, entity_type, entity_id);

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy tenant_isolation on audit_event
  using (tenant_id = current_setting('app.tenant_id', true))
  with check (tenant_id = current_setting('app.tenant_id', true));
-- Append-only for the application: no UPDATE, DELETE or TRUNCATE.
grant select, insert on audit_event to ${appRole};

-- Append-only for everyone else too: the owner must disable these triggers deliberately
-- (which the verification then detects in the chain).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op
    using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_append_only();
