-- The units each personnel office (cơ quan tham mưu về tổ chức cán bộ) serves, subtrees included: an office of an
-- agency usually serves the agency and its party committee, which are separate trees.
create table org_served_unit (
    office_unit_id bigint not null references org_unit (id),
    served_unit_id bigint not null references org_unit (id),
    primary key (office_unit_id, served_unit_id)
);

-- Keys for Vietnamese name order (given name first) and search with or without diacritics; filled by the
-- application (vn.danhgia.platform.VietnameseText) and, for rows that existed before, by the next migration.
alter table org_cadre add column name_sort_key varchar(1000);
alter table org_cadre add column name_search varchar(255);
create index ix_org_cadre_name_sort on org_cadre (name_sort_key);
