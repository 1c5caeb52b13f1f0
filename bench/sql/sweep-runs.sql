-- Every batch of EscalationService.sweep() stamps its steps with one fired_at (the clock at the batch's start), so the
-- gap between consecutive batches' fired_at is the duration of a batch while the sweeper drains a backlog.
with b as (select fired_at, count(*) as steps from escalation_step where fired_at is not null group by fired_at),
     g as (select fired_at, steps, extract(epoch from fired_at - lag(fired_at) over (order by fired_at)) as gap_s from b)
select count(*) as batches, sum(steps) as steps_fired,
       round(percentile_cont(0.5) within group (order by gap_s)::numeric, 3) as median_gap_s,
       round(percentile_cont(0.95) within group (order by gap_s)::numeric, 3) as p95_gap_s,
       round(max(gap_s)::numeric, 3) as max_gap_s,
       round(extract(epoch from max(fired_at) - min(fired_at))::numeric, 2) as first_to_last_batch_s
from g;
select outcome, level, count(*) from escalation_step where fired_at is not null group by 1, 2 order by 1, 2;
select 'ledger entries', count(*) from ledger_entry
union all select 'outbox rows', count(*) from outbox_event
union all select 'outbox rows unpublished', count(*) from outbox_event where published_at is null;
