\set v random(1, 1000000)
insert into bench_insert (v) values (:v);
