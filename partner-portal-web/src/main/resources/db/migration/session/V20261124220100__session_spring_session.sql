-- HTTP sessions of the pages (partner portal, operator console, admin center), kept by Spring
-- Session JDBC so every node serves every signed-in user. The table and column names are the ones
-- Spring Session's JdbcIndexedSessionRepository queries; spring.session.jdbc.initialize-schema=never
-- leaves the schema to this migration. The /v1 API is stateless and writes no rows here.

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    -- epoch milliseconds, as Spring Session writes them
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    -- seconds (server.servlet.session.timeout)
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    -- filled only for Spring Security's default context attribute; the portal's areas keep their
    -- own attributes, so this stays empty (sign-in names are at most 320 characters anyway)
    principal_name        varchar(320),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
-- the expired-session clean-up (spring.session.jdbc.cleanup-cron) deletes by expiry time
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- One row per session attribute, Java-serialized (see docs/architecture.md, Sessions).
create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
