-- Off-campus training institutions (校外培训机构, ADR 0042): the register kept by the county and
-- its townships, inspections against the institutions' own check items (with their basis),
-- rectification to a deadline, bans with the resettlement of the students, and the black and
-- white lists a county publishes to its schools and parents.
create schema if not exists institutions;

create table institutions.institution (
    id                 bigserial primary key,
    region_code        varchar(9)   not null,
    name               varchar(100) not null,
    licence_no         varchar(50)  not null default '',
    credit_code        varchar(18)  not null default '',
    address            varchar(200) not null,
    subjects           varchar(200) not null,
    capacity           int          not null,
    responsible_person varchar(50)  not null,
    phone              varchar(30)  not null default '',
    longitude          double precision,
    latitude           double precision,
    status             varchar(20)  not null default 'UNINSPECTED',
    last_inspected_on  date,
    created_by         bigint       not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null
);
create index institution_region_idx on institutions.institution (region_code text_pattern_ops, name);

-- the institutions' own check items (the school library of inspection has no category for them)
create table institutions.check_item (
    id        bigserial primary key,
    code      varchar(20)  not null unique,
    position  int          not null,
    text      varchar(200) not null,
    basis     varchar(300) not null
);

insert into institutions.check_item (code, position, text, basis) values
('LIC-01', 1, '持有有效办学许可证（或营业执照载明的经营范围与实际培训内容一致）', '《民办教育促进法》第十八条；教育部等《关于规范校外培训机构发展的意见》（国办发〔2018〕80号）'),
('LIC-02', 2, '统一社会信用代码、收费项目与标准、培训内容在场所醒目位置公示', '国办发〔2018〕80号 第三条'),
('FIRE-01', 3, '消防设施器材完好有效，疏散通道、安全出口畅通，有疏散指示标志', '《消防法》第十六条；《校外培训机构消防安全管理九项规定》'),
('FIRE-02', 4, '培训场所不设在地下室、半地下室及住宅内，与其他业态防火分隔', '《校外培训机构消防安全管理九项规定》第一、二条'),
('SITE-01', 5, '生均培训面积不低于3平方米，同一时段培训人数不超过核定容量', '国办发〔2018〕80号 第二条'),
('STAFF-01', 6, '从事学科类培训的教师具有相应教师资格证', '《教师法》第十条；国办发〔2018〕80号 第二条'),
('STAFF-02', 7, '从业人员经性侵害、虐待、暴力伤害等违法犯罪信息查询无异常', '《未成年人保护法》第六十二条'),
('FEE-01', 8, '一次性收费不超过3个月或60课时，预收费纳入资金监管', '《关于加强校外培训机构预收费监管工作的通知》（教监管厅函〔2021〕6号）'),
('TIME-01', 9, '线下培训结束时间不晚于20:30，不占用国家法定节假日、休息日及寒暑假组织学科类培训', '《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》（双减）'),
('SAFE-01', 10, '建立安全管理制度，有接送交接记录和食品安全管理（如有供餐）', '《未成年人保护法》第三十六条；国办发〔2018〕80号');

create table institutions.inspection (
    id              bigserial primary key,
    institution_id  bigint       not null references institutions.institution (id),
    region_code     varchar(9)   not null,
    inspected_on    date         not null,
    outcome         varchar(20)  not null,
    deadline        date,
    note            varchar(500) not null default '',
    inspector_name  varchar(100) not null,
    inspector_unit  varchar(20)  not null,
    created_by      bigint       not null,
    created_at      timestamptz  not null
);
create index inspection_institution_idx on institutions.inspection (institution_id, inspected_on desc);

create table institutions.inspection_item (
    inspection_id  bigint       not null references institutions.inspection (id) on delete cascade,
    item_id        bigint       not null references institutions.check_item (id),
    passed         boolean      not null,
    note           varchar(300) not null default '',
    photo_id       uuid,
    primary key (inspection_id, item_id)
);

-- 限期整改: opened by an inspection, kept by the institution's township, closed by a re-inspection
create table institutions.rectification (
    id               bigserial primary key,
    inspection_id    bigint       not null references institutions.inspection (id),
    institution_id   bigint       not null references institutions.institution (id),
    region_code      varchar(9)   not null,
    deadline         date         not null,
    status           varchar(20)  not null,
    evidence         varchar(500) not null default '',
    evidence_photo   uuid,
    submitted_at     timestamptz,
    closed_at        timestamptz,
    closed_by_inspection bigint
);
create index rectification_region_idx on institutions.rectification (region_code text_pattern_ops, status);

-- 取缔 and the resettlement of the students, counted per group: no child's name
create table institutions.ban (
    id              bigserial primary key,
    inspection_id   bigint       not null references institutions.inspection (id),
    institution_id  bigint       not null references institutions.institution (id),
    region_code     varchar(9)   not null,
    banned_on       date         not null,
    students        int          not null,
    fees_to_refund  numeric(12,2) not null,
    status          varchar(20)  not null,
    closed_at       timestamptz
);
create index ban_region_idx on institutions.ban (region_code text_pattern_ops, status);

create table institutions.resettlement (
    id              bigserial primary key,
    ban_id          bigint       not null references institutions.ban (id),
    region_code     varchar(9)   not null,
    method          varchar(20)  not null,
    origin_school   varchar(100) not null default '',
    students        int          not null,
    refund          numeric(12,2) not null default 0,
    note            varchar(300) not null default '',
    status          varchar(20)  not null,
    outcome         varchar(300) not null default '',
    created_at      timestamptz  not null,
    closed_at       timestamptz
);
create index resettlement_ban_idx on institutions.resettlement (ban_id);

-- 黑白名单: each publication is a numbered version of a county, its entries frozen at that moment
create table institutions.published_list (
    id            bigserial primary key,
    county_code   varchar(6)   not null,
    version       int          not null,
    published_at  timestamptz  not null,
    published_by  varchar(100) not null,
    unique (county_code, version)
);

create table institutions.list_entry (
    list_id        bigint       not null references institutions.published_list (id) on delete cascade,
    kind           varchar(10)  not null,
    institution_id bigint       not null,
    name           varchar(100) not null,
    licence_no     varchar(50)  not null default '',
    address        varchar(200) not null,
    township       varchar(100) not null,
    reason         varchar(20)  not null,
    primary key (list_id, institution_id)
);
