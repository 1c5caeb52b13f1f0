-- 通报 documents: a draft the office edits, then issues (签发) once; an issued notice never changes.
create table notice (
    id               varchar(36)  primary key,
    status           varchar(10)  not null check (status in ('DRAFT', 'ISSUED')),
    period_kind      varchar(10)  not null check (period_kind in ('WEEK', 'MONTH', 'RANGE')),
    period_from      date         not null,
    period_to        date         not null check (period_to >= period_from),
    lead             text         not null,
    demands          text         not null,
    addressee        varchar(20)  not null check (addressee in ('ALL_UNITS', 'NAMED_UNITS')),
    copy_recipients  text         not null,
    corrects         varchar(36)  references notice (id),
    -- the Monday of the week a weekly draft is for: one weekly draft per week, across restarts and replicas
    weekly_of        date         unique,
    created_at       timestamptz  not null,
    created_by       varchar(100) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(100) not null,
    issued_at        timestamptz,
    issued_by        varchar(100),
    issue_date       date,
    serial_year      integer,
    serial           integer,
    document_number  varchar(60)  unique,
    title            text,
    -- the assembled content as issued (JSON): what the document says from then on
    content          text,
    version          bigint       not null default 0,
    unique (serial_year, serial),
    check ((status = 'ISSUED') = (issued_at is not null and issue_date is not null and serial is not null
        and serial_year is not null and document_number is not null and title is not null and content is not null))
);
create index notice_status on notice (status, created_at desc);

-- the last 文号 serial given per year, moved in the issuing transaction: its row lock orders concurrent issuances,
-- and a rollback gives the number back, so the numbers of a year have no gaps
create table notice_serial (
    year integer primary key,
    last integer not null check (last > 0)
);

create function notice_issued_is_final() returns trigger language plpgsql as $$
begin
    if old.status = 'ISSUED' then
        raise exception '已签发的通报（%）不能修改或删除', old.document_number;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;
create trigger notice_issued_no_change before update or delete on notice
    for each row execute function notice_issued_is_final();
