-- One row per scheduled job (ShedLock): the node that runs a job holds its row until lock_until,
-- so with several nodes on this database each job runs once. Times are UTC timestamps written by
-- the database itself (the lock provider uses the database's clock, usingDbTime(), so nodes with
-- drifting clocks agree); ShedLock's PostgreSQL statements expect "timestamp", not "timestamptz".
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
