-- API access (issue 8): a partner's registered API applications (client credentials), partner users'
-- personal API tokens, and the one RSA key that signs every API token, shared by all nodes.

create table api_application (
    id                 uuid         primary key,
    partner_id         uuid         not null references partner (id),
    display_name       varchar(100) not null,
    client_id          varchar(100) not null,
    -- PasswordEncoder hash with its algorithm prefix ({bcrypt}...); the secret itself is never stored
    secret_hash        varchar(200) not null,
    created_at         timestamptz  not null,
    secret_rotated_at  timestamptz,
    revoked_at         timestamptz,
    version            bigint       not null default 0,
    constraint api_application_client_id_key unique (client_id)
);

create index api_application_partner_idx on api_application (partner_id, created_at);

-- Only the metadata: the token is a JWT whose jti is this row's id, re-checked on every request.
create table personal_api_token (
    id          uuid         primary key,
    partner_id  uuid         not null references partner (id),
    user_id     uuid         not null references partner_user (id) on delete cascade,
    name        varchar(100) not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    revoked_at  timestamptz,
    constraint personal_api_token_expiry_check check (expires_at > created_at)
);

create index personal_api_token_user_idx on personal_api_token (partner_id, user_id, created_at);

-- Exactly one row; the first node that needs it inserts it (insert ... on conflict do nothing).
create table api_signing_key (
    id           smallint     primary key default 1,
    key_id       varchar(64)  not null,
    public_key   bytea        not null,
    private_key  bytea        not null,
    created_at   timestamptz  not null,
    constraint api_signing_key_single_row_check check (id = 1)
);
