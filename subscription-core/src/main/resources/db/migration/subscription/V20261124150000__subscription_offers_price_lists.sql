-- 21Vianet's offer catalog (reference data, the same for every partner), the monthly price lists
-- and the partners' pinned offers (spec sections 2.4, 2.10, 2.24 and 3).

-- Offers. offer_id and durable_offer_id are GUIDs in upper case; they differ, and only the durable
-- id matches the price list and the reconciliation files (spec 1.3).
create table offer (
    offer_id          varchar(64)   primary key,
    durable_offer_id  varchar(64)   not null,
    name              varchar(200)  not null,
    description       varchar(1000) not null,
    segment           varchar(20)   not null,
    billing_type      varchar(10)   not null,
    unit_type         varchar(40)   not null,
    min_quantity      integer       not null,
    max_quantity      integer       not null,
    add_on            boolean       not null,
    -- the order within a segment in which the catalog lists its offers
    display_order     integer       not null,
    constraint offer_durable_offer_id_key unique (durable_offer_id),
    constraint offer_offer_id_upper_check check (offer_id = upper(offer_id)),
    constraint offer_durable_offer_id_upper_check check (durable_offer_id = upper(durable_offer_id)),
    constraint offer_segment_check check (segment in ('ENTERPRISE', 'SMALL_BUSINESS', 'GOVERNMENT')),
    constraint offer_billing_type_check check (billing_type in ('LICENSE', 'USAGE')),
    constraint offer_quantity_check check (min_quantity >= 1 and max_quantity >= min_quantity)
);

-- For an add-on: the offers it can be bought with.
create table offer_parent (
    offer_id         varchar(64) not null references offer (offer_id),
    parent_offer_id  varchar(64) not null references offer (offer_id),
    primary key (offer_id, parent_offer_id),
    constraint offer_parent_not_itself_check check (offer_id <> parent_offer_id)
);

create index offer_parent_parent_idx on offer_parent (parent_offer_id);

-- The workloads a subscription to the offer gives (cn.csp.portal.subscription.CloudService).
create table offer_service (
    offer_id  varchar(64) not null references offer (offer_id),
    service   varchar(30) not null,
    primary key (offer_id, service),
    constraint offer_service_service_check check (service in (
        'EXCHANGE_ONLINE', 'SHAREPOINT_ONLINE', 'TEAMS', 'OFFICE_APPS', 'POWER_BI',
        'PROJECT_ONLINE', 'AZURE'))
);

-- The upgrade paths available in China (spec 2.24), in the order the spec lists the targets.
create table upgrade_path (
    from_offer_id  varchar(64) not null references offer (offer_id),
    to_offer_id    varchar(64) not null references offer (offer_id),
    display_order  integer     not null,
    primary key (from_offer_id, to_offer_id),
    constraint upgrade_path_not_itself_check check (from_offer_id <> to_offer_id)
);

-- Monthly price lists: one per month (its first day), a draft until published_at is set.
create table price_list (
    month         date         primary key,
    published_at  timestamptz,
    published_by  varchar(254),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint price_list_first_day_check check (extract(day from month) = 1),
    constraint price_list_published_by_check check ((published_at is null) = (published_by is null))
);

create table price_list_item (
    month             date          not null references price_list (month) on delete cascade,
    durable_offer_id  varchar(64)   not null references offer (durable_offer_id),
    offer_name        varchar(200)  not null,
    billing_type      varchar(10)   not null,
    unit_price        numeric(12,4) not null,
    primary key (month, durable_offer_id),
    constraint price_list_item_billing_type_check check (billing_type in ('LICENSE', 'USAGE')),
    constraint price_list_item_unit_price_check check (unit_price >= 0)
);

-- A published list is immutable: its row may not change or go, and nor may its items. Publishing
-- itself is the one allowed change (published_at from null to a time).
create function price_list_refuse_published_change() returns trigger
    language plpgsql as
$$
declare
    list_month date;
begin
    if tg_table_name = 'price_list' then
        if old.published_at is not null then
            raise exception 'price list % is published and cannot change', old.month
                using errcode = 'integrity_constraint_violation';
        end if;
    else
        if tg_op = 'INSERT' then
            list_month := new.month;
        else
            list_month := old.month;
        end if;
        if exists (select 1 from price_list p where p.month = list_month and p.published_at is not null) then
            raise exception 'the items of the published price list % cannot change', list_month
                using errcode = 'integrity_constraint_violation';
        end if;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger price_list_published_immutable
    before update or delete on price_list
    for each row execute function price_list_refuse_published_change();

create trigger price_list_item_published_immutable
    before insert or update or delete on price_list_item
    for each row execute function price_list_refuse_published_change();

-- A partner's pinned offers (spec 2.10): at most five, positions 1..5 without gaps. The position
-- constraint is checked at the end of each statement, so unpinning can close the gap in one update.
create table catalog_pin (
    partner_id  uuid         not null references partner (id),
    offer_id    varchar(64)  not null references offer (offer_id),
    position    integer      not null,
    pinned_at   timestamptz  not null,
    primary key (partner_id, offer_id),
    constraint catalog_pin_position_key unique (partner_id, position) deferrable initially immediate,
    constraint catalog_pin_position_check check (position between 1 and 5)
);

create index catalog_pin_offer_idx on catalog_pin (offer_id);

-- The catalog as 21Vianet sells it in China. Names are product names and stay in English.
insert into offer (offer_id, durable_offer_id, name, description, segment, billing_type, unit_type,
                   min_quantity, max_quantity, add_on, display_order) values
    ('4D9DD53C-4473-41D3-9CD2-433892A5390B', '4679328F-F202-4AAD-A3A1-DF40597462C7',
     'Office 365 Business',
     'The Office desktop and mobile apps (Word, Excel, PowerPoint, Outlook) for businesses of up to 300 users.',
     'SMALL_BUSINESS', 'LICENSE', 'Licenses', 1, 300, false, 10),
    ('B78C49BE-C776-4A6D-AC40-C41B1598C09B', 'F09D0C2A-B252-4CCE-BC23-37A91FDEA987',
     'Office 365 Business Essentials',
     'Business email, file storage and sharing, and online meetings for businesses of up to 300 users, without the desktop apps.',
     'SMALL_BUSINESS', 'LICENSE', 'Licenses', 1, 300, false, 20),
    ('47794B81-74C3-4BF2-BCB3-209BA746713E', 'E382FC12-BDC7-4378-A2FD-AE918E74CEB4',
     'Office 365 Business Premium',
     'Everything in Business Essentials plus the Office desktop apps, for businesses of up to 300 users.',
     'SMALL_BUSINESS', 'LICENSE', 'Licenses', 1, 300, false, 30),
    ('1AC08CEB-2767-4634-B804-8936516B0CCC', '635899E4-50AD-4F1E-A412-2DAEBC964191',
     'Exchange Online (Plan 1)',
     'Business email and calendar with a 50 GB mailbox per user.',
     'ENTERPRISE', 'LICENSE', 'Licenses', 1, 10000, false, 10),
    ('25145993-D5C8-40BF-9A59-9AD962F5EE40', '480415E4-37DA-4077-AADE-44F06FD60874',
     'Exchange Online Archiving',
     'Archive storage and retention for Exchange Online mailboxes. An add-on to a plan that includes Exchange Online.',
     'ENTERPRISE', 'LICENSE', 'Licenses', 1, 10000, true, 20),
    ('5976F18B-8B29-4253-B59C-6CF248EB6962', '101F0F10-C172-4382-AC66-49BA1AE6EA0C',
     'Microsoft Azure operated by 21Vianet',
     'Pay-as-you-go Azure cloud services in China, billed monthly in arrears for what was used.',
     'ENTERPRISE', 'USAGE', 'Usage-based', 1, 1, false, 30),
    ('D05DFFE9-E759-4142-AF5C-380C4C939501', '93A1EEC9-BFA1-4CC9-AD0D-735336EB0EAA',
     'Office 365 Enterprise E1',
     'Web-based services for enterprises: email, file sharing and online meetings, without the desktop apps.',
     'ENTERPRISE', 'LICENSE', 'Licenses', 1, 10000, false, 40),
    ('A4EF8AB4-89C8-4A44-A596-8837F95AC9AE', '91820277-A214-44C6-8593-253F11C5EFCE',
     'Office 365 Enterprise E3',
     'Enterprise email, file sharing, online meetings and the Office desktop apps, with compliance features.',
     'ENTERPRISE', 'LICENSE', 'Licenses', 1, 10000, false, 50),
    ('C65A0C64-1463-4369-8F23-C7153E1363A7', '0780442B-CBE6-4832-A0CB-19C9EF97A207',
     'Office 365 ProPlus',
     'The Office desktop apps for enterprises, licensed per user, without email or online services.',
     'ENTERPRISE', 'LICENSE', 'Licenses', 1, 10000, false, 60),
    ('FFF270CC-B6C1-4F47-AFFD-E78AED509073', 'B7954E18-7D64-42B3-B6ED-7AF005FB6C64',
     'Power BI Pro',
     'Self-service business intelligence: publish and share interactive reports and dashboards.',
     'ENTERPRISE', 'LICENSE', 'Licenses', 1, 10000, false, 70),
    ('DD21F035-306F-4BB4-BB7B-A89DE48BB60D', '157BFC33-73AD-459F-B29B-5CE21D63F09B',
     'Project Online Essentials',
     'Lets team members update tasks and timesheets in Project Online. An add-on to Office 365 Enterprise E1 or E3.',
     'ENTERPRISE', 'LICENSE', 'Licenses', 1, 10000, true, 80),
    ('61B5566A-9A67-4370-B12A-BA8388656D8E', '9726F8F3-F627-4CE1-B8A3-FA57D7FD05DF',
     'Office 365 Enterprise E3 for Government',
     'Office 365 Enterprise E3 for government agencies and public institutions.',
     'GOVERNMENT', 'LICENSE', 'Licenses', 1, 10000, false, 10);

insert into offer_service (offer_id, service) values
    ('4D9DD53C-4473-41D3-9CD2-433892A5390B', 'OFFICE_APPS'),
    ('B78C49BE-C776-4A6D-AC40-C41B1598C09B', 'EXCHANGE_ONLINE'),
    ('B78C49BE-C776-4A6D-AC40-C41B1598C09B', 'SHAREPOINT_ONLINE'),
    ('B78C49BE-C776-4A6D-AC40-C41B1598C09B', 'TEAMS'),
    ('47794B81-74C3-4BF2-BCB3-209BA746713E', 'EXCHANGE_ONLINE'),
    ('47794B81-74C3-4BF2-BCB3-209BA746713E', 'SHAREPOINT_ONLINE'),
    ('47794B81-74C3-4BF2-BCB3-209BA746713E', 'TEAMS'),
    ('47794B81-74C3-4BF2-BCB3-209BA746713E', 'OFFICE_APPS'),
    ('1AC08CEB-2767-4634-B804-8936516B0CCC', 'EXCHANGE_ONLINE'),
    ('25145993-D5C8-40BF-9A59-9AD962F5EE40', 'EXCHANGE_ONLINE'),
    ('5976F18B-8B29-4253-B59C-6CF248EB6962', 'AZURE'),
    ('D05DFFE9-E759-4142-AF5C-380C4C939501', 'EXCHANGE_ONLINE'),
    ('D05DFFE9-E759-4142-AF5C-380C4C939501', 'SHAREPOINT_ONLINE'),
    ('D05DFFE9-E759-4142-AF5C-380C4C939501', 'TEAMS'),
    ('A4EF8AB4-89C8-4A44-A596-8837F95AC9AE', 'EXCHANGE_ONLINE'),
    ('A4EF8AB4-89C8-4A44-A596-8837F95AC9AE', 'SHAREPOINT_ONLINE'),
    ('A4EF8AB4-89C8-4A44-A596-8837F95AC9AE', 'TEAMS'),
    ('A4EF8AB4-89C8-4A44-A596-8837F95AC9AE', 'OFFICE_APPS'),
    ('C65A0C64-1463-4369-8F23-C7153E1363A7', 'OFFICE_APPS'),
    ('FFF270CC-B6C1-4F47-AFFD-E78AED509073', 'POWER_BI'),
    ('DD21F035-306F-4BB4-BB7B-A89DE48BB60D', 'PROJECT_ONLINE'),
    ('61B5566A-9A67-4370-B12A-BA8388656D8E', 'EXCHANGE_ONLINE'),
    ('61B5566A-9A67-4370-B12A-BA8388656D8E', 'SHAREPOINT_ONLINE'),
    ('61B5566A-9A67-4370-B12A-BA8388656D8E', 'TEAMS'),
    ('61B5566A-9A67-4370-B12A-BA8388656D8E', 'OFFICE_APPS');

-- Exchange Online Archiving: with any plan that includes Exchange Online; Project Online
-- Essentials: with E1 or E3.
insert into offer_parent (offer_id, parent_offer_id) values
    ('25145993-D5C8-40BF-9A59-9AD962F5EE40', 'D05DFFE9-E759-4142-AF5C-380C4C939501'),
    ('25145993-D5C8-40BF-9A59-9AD962F5EE40', 'A4EF8AB4-89C8-4A44-A596-8837F95AC9AE'),
    ('25145993-D5C8-40BF-9A59-9AD962F5EE40', 'B78C49BE-C776-4A6D-AC40-C41B1598C09B'),
    ('25145993-D5C8-40BF-9A59-9AD962F5EE40', '47794B81-74C3-4BF2-BCB3-209BA746713E'),
    ('25145993-D5C8-40BF-9A59-9AD962F5EE40', '1AC08CEB-2767-4634-B804-8936516B0CCC'),
    ('DD21F035-306F-4BB4-BB7B-A89DE48BB60D', 'D05DFFE9-E759-4142-AF5C-380C4C939501'),
    ('DD21F035-306F-4BB4-BB7B-A89DE48BB60D', 'A4EF8AB4-89C8-4A44-A596-8837F95AC9AE');

-- Spec 2.24, row by row.
insert into upgrade_path (from_offer_id, to_offer_id, display_order) values
    -- Office 365 Business -> Business Premium, ProPlus, Enterprise E3
    ('4D9DD53C-4473-41D3-9CD2-433892A5390B', '47794B81-74C3-4BF2-BCB3-209BA746713E', 1),
    ('4D9DD53C-4473-41D3-9CD2-433892A5390B', 'C65A0C64-1463-4369-8F23-C7153E1363A7', 2),
    ('4D9DD53C-4473-41D3-9CD2-433892A5390B', 'A4EF8AB4-89C8-4A44-A596-8837F95AC9AE', 3),
    -- Office 365 Business Premium -> Enterprise E3
    ('47794B81-74C3-4BF2-BCB3-209BA746713E', 'A4EF8AB4-89C8-4A44-A596-8837F95AC9AE', 1),
    -- Office 365 Business Essentials -> Business Premium, Enterprise E1, Enterprise E3
    ('B78C49BE-C776-4A6D-AC40-C41B1598C09B', '47794B81-74C3-4BF2-BCB3-209BA746713E', 1),
    ('B78C49BE-C776-4A6D-AC40-C41B1598C09B', 'D05DFFE9-E759-4142-AF5C-380C4C939501', 2),
    ('B78C49BE-C776-4A6D-AC40-C41B1598C09B', 'A4EF8AB4-89C8-4A44-A596-8837F95AC9AE', 3);
