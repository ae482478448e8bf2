-- Quarters whose tasks are listed directly in the self-assessment (Mẫu 03) without a work plan (Mẫu 01) or catalogue
-- (Mẫu 02). Seed 002 §4 Bước 2: "Riêng, quý II, năm 2026, thì liệt kê tất cả những nhiệm vụ được giao vào Mẫu số 03
-- (không phải thực hiện lại Mẫu số 01 và Mẫu số 02)".
create table scheme_direct_listing_quarter (
    scheme_id      bigint  not null references evaluation_scheme (id),
    listing_year   integer not null,
    listing_quarter integer not null,
    primary key (scheme_id, listing_year, listing_quarter),
    constraint ck_scheme_direct_listing_quarter check (listing_quarter between 1 and 4)
);
insert into scheme_direct_listing_quarter (scheme_id, listing_year, listing_quarter)
select id, 2026, 2 from evaluation_scheme where code = 'AG-02-HD-TU-2026';
