-- Two-tier (indirect) resale between partners (spec 2.27, 2.29 [GLOBAL]): a provider asks a
-- reseller by a personalised link; the reseller authorizes it. One row per provider/reseller pair.

create table indirect_partnership (
    id             uuid          primary key,
    provider_id    uuid          not null references partner (id),
    reseller_id    uuid          not null references partner (id),
    status         varchar(20)   not null,
    request_token  varchar(64)   not null,
    requested_by   varchar(254)  not null,
    requested_at   timestamptz   not null,
    authorized_by  varchar(254),
    authorized_at  timestamptz,
    version        bigint        not null default 0,
    constraint indirect_partnership_pair_key unique (provider_id, reseller_id),
    constraint indirect_partnership_request_token_key unique (request_token),
    constraint indirect_partnership_not_self_check check (provider_id <> reseller_id),
    constraint indirect_partnership_status_check check (status in ('REQUESTED', 'AUTHORIZED')),
    constraint indirect_partnership_authorized_check
        check ((status = 'AUTHORIZED') = (authorized_at is not null and authorized_by is not null))
);

create index indirect_partnership_reseller_idx on indirect_partnership (reseller_id);
