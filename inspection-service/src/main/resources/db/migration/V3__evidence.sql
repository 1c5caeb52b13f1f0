-- Evidence photos (取证照片). The bytes live in the evidence store under their SHA-256; a photo uploaded twice by
-- the same person (a retry on a poor network) is one row.
create table evidence (
    id             uuid           primary key,
    sha256         varchar(64)    not null,
    image_type     varchar(10)    not null,
    size_bytes     bigint         not null,
    file_name      varchar(255),
    uploaded_by    varchar(100)   not null,
    uploader_unit  varchar(64),
    uploaded_at    timestamptz    not null,
    unique (uploaded_by, sha256)
);
