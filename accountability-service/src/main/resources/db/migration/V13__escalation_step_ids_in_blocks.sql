-- Escalation steps take their ids 50 at a time (EscalationStep, allocationSize 50), so that the steps an order gets
-- are inserted in one batch. A row inserted by plain SQL (default nextval) still gets an id no block can contain.
alter sequence escalation_step_id_seq increment by 50;
