-- what a JPEG's EXIF says about itself (evidence/ExifReader): when the camera took it (DateTimeOriginal, read in the
-- district's zone) and where (GPS, WGS-84); null when the photo does not say, and for photos kept before this
alter table evidence
    add column taken_at  timestamptz,
    add column taken_lat double precision,
    add column taken_lon double precision;
