-- Every row a partner owns carries its partner_id, so a distributed PostgreSQL (docs/scaling.md)
-- can keep a support request and its notes, history, files and subscriptions on one shard.
alter table support_note add column partner_id uuid;
alter table support_status_change add column partner_id uuid;
alter table support_attachment add column partner_id uuid;
alter table support_attachment_content add column partner_id uuid;
alter table support_request_subscription add column partner_id uuid;

update support_note n set partner_id = r.partner_id from support_request r where r.id = n.request_id;
update support_status_change c set partner_id = r.partner_id
  from support_request r where r.id = c.request_id;
update support_attachment a set partner_id = r.partner_id
  from support_request r where r.id = a.request_id;
update support_attachment_content c set partner_id = a.partner_id
  from support_attachment a where a.id = c.attachment_id;
update support_request_subscription s set partner_id = r.partner_id
  from support_request r where r.id = s.request_id;

alter table support_note alter column partner_id set not null;
alter table support_status_change alter column partner_id set not null;
alter table support_attachment alter column partner_id set not null;
alter table support_attachment_content alter column partner_id set not null;
alter table support_request_subscription alter column partner_id set not null;
