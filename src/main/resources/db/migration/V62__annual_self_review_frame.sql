-- The criteria frame (khung tiêu chí đánh giá) leaders score themselves on in Mẫu 02B (seed 003 §2.1 a item 2,
-- §2.2 d): items and maximum points as data, 100 points in all. Shipped with the default frame of three items; an
-- installation replaces the rows of its own frame.
create table self_review_frame_item (
    frame_code  varchar(40)   not null,
    item_code   varchar(20)   not null,
    sort_order  integer       not null,
    title       varchar(500)  not null,
    max_points  numeric(6, 2) not null,
    primary key (frame_code, item_code),
    constraint ck_self_review_frame_points check (max_points > 0)
);

insert into self_review_frame_item (frame_code, item_code, sort_order, title, max_points) values
    ('LEADER', '1', 1, 'Phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật, tác phong, lề lối làm việc', 20),
    ('LEADER', '2', 2, 'Thực hiện chức trách, nhiệm vụ được giao', 50),
    ('LEADER', '3', 3, 'Kết quả lãnh đạo, quản lý, điều hành cơ quan, đơn vị được giao phụ trách', 30);
