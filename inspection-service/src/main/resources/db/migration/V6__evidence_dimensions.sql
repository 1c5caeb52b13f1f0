-- the dimensions a decoder read from each photo (evidence/Picture); photos kept before this have none
alter table evidence add column width_px integer, add column height_px integer;
