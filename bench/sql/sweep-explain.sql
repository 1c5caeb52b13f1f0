-- The claim query exactly as EscalationService.sweep() issues it (cc.escalation.sweep-batch = 50, a literal in the
-- statement), inside a transaction that is rolled back (FOR UPDATE takes row locks).
\echo '== claim query, custom plan (what the JDBC driver runs for the first executions)'
begin;
prepare claim_custom(timestamptz) as
    select o.id from rectification_order o
    where o.id = any(array(select s.order_id from escalation_step s
                           where s.fired_at is null and s.due_at <= $1
                           order by s.due_at limit 50))
    order by o.unit_code, o.id
    for update of o skip locked;
explain (analyze, buffers, settings) execute claim_custom(now());
rollback;
\echo '== claim query, generic plan (what a server-side prepared statement runs after 5 executions)'
begin;
set local plan_cache_mode = force_generic_plan;
prepare claim_generic(timestamptz) as
    select o.id from rectification_order o
    where o.id = any(array(select s.order_id from escalation_step s
                           where s.fired_at is null and s.due_at <= $1
                           order by s.due_at limit 50))
    order by o.unit_code, o.id
    for update of o skip locked;
explain (analyze, buffers, settings) execute claim_generic(now());
rollback;
\echo '== the due steps of the claimed orders, one statement per batch (EscalationStep.list("orderId in ?1 and firedAt is null and dueAt <= ?2 order by dueAt, id"))'
explain (analyze, buffers)
select * from escalation_step where order_id = any(array(select order_id from escalation_step
                                                         where fired_at is null and due_at <= now() limit 50))
  and fired_at is null and due_at <= now() order by due_at, id;
\echo '== sizes'
select relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid)) from pg_stat_user_tables
where relname in ('rectification_order', 'escalation_step') order by relname;
select indexrelname, pg_size_pretty(pg_relation_size(indexrelid)) from pg_stat_user_indexes
where relname = 'escalation_step';
