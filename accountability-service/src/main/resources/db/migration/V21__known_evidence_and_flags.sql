-- Evidence photos accountability-service knows from cc.evidence.uploaded.v1 (evidence/KnownEvidence): the digest
-- tells the same photo under two ids, the EXIF time and position what the photo says about itself.
create table known_evidence (
    evidence_id  varchar(64)   primary key,
    sha256       varchar(64)   not null,
    uploaded_by  varchar(100)  not null,
    uploaded_at  timestamptz   not null,
    taken_at     timestamptz,
    lat          double precision,
    lon          double precision
);
create index known_evidence_sha256 on known_evidence (sha256);

-- What is doubtful about an order's photos (evidence/EvidenceFlagRecord): reused on another order, taken long before
-- its upload. Kept for the record, never deleted; one row per order × photo × kind × other order.
create table evidence_flag (
    id                  bigserial     primary key,
    order_id            varchar(36)   not null,
    evidence_id         varchar(64)   not null,
    kind                varchar(40)   not null,
    other_order_id      varchar(36),
    other_order_number  varchar(20),
    detail              text          not null,
    flagged_at          timestamptz   not null
);
create index evidence_flag_order on evidence_flag (order_id);
create unique index evidence_flag_once
    on evidence_flag (order_id, evidence_id, kind, coalesce(other_order_id, ''));
