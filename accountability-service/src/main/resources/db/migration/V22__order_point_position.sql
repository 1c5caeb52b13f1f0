-- Where the order's point is (WGS-84, from the failure's PointRef), so that a unit's fix photo taken far from it is
-- flagged (cc.photo-checks.max-distance-meters); null for orders opened before the position was carried.
alter table rectification_order
    add column point_latitude  double precision,
    add column point_longitude double precision;
