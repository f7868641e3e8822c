-- The partner API pages a customer's users by position (display name, then the unique sign-in
-- name): one index serves both the list's order and the keyset, so the old one is redundant.
create index customer_user_customer_list_order_idx
    on customer_user (customer_id, display_name, user_principal_name);

drop index customer_user_customer_display_name_idx;
