-- The append-only audit log: who did what, when, to which target, what changed and why.
-- partner_id has no foreign key on purpose: the log must outlive (and may precede) the rows it speaks of.
create table audit_log (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz   not null,
    actor_type   varchar(20)   not null,
    actor_id     uuid,
    actor_name   varchar(254)  not null,
    partner_id   uuid,
    action       varchar(100)  not null,
    target_type  varchar(60),
    target_id    varchar(100),
    details      jsonb         not null default '{}'::jsonb,
    reason       varchar(1000),
    request_id   varchar(100),
    constraint audit_log_actor_type_check
        check (actor_type in ('PARTNER_USER', 'OPERATOR', 'CUSTOMER_ADMIN', 'API_APPLICATION', 'SYSTEM'))
);

create index audit_log_partner_idx on audit_log (partner_id, id desc) where partner_id is not null;
create index audit_log_target_idx on audit_log (target_type, target_id);

create function audit_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each statement execute function audit_log_refuse_change();
