-- Licenses of a customer's subscriptions assigned to its directory users in the admin center
-- (spec 2.22). Assigned licenses never exceed the purchased quantity: both sides of that rule lock
-- the subscription row before they count.

create table license_assignment (
    subscription_id   uuid         not null references subscription (id),
    customer_user_id  uuid         not null references customer_user (id) on delete cascade,
    customer_id       uuid         not null references customer (id),
    assigned_at       timestamptz  not null,
    assigned_by       varchar(254) not null,
    primary key (subscription_id, customer_user_id)
);

create index license_assignment_user_idx on license_assignment (customer_user_id);
create index license_assignment_customer_idx on license_assignment (customer_id);
