package gov.chuangcheng.accountability.escalation;

/**
 * Fires the due steps of one batch of orders: what reaching a rung means (the order's level, its history, its event,
 * its ledger entry) belongs to the order's side, which implements this; the sweeper only knows when to call it.
 */
public interface DueStepFiring {

    /**
     * Claims at most one batch of orders with due steps in shard {@code shard} of {@code shards} and fires them, in
     * one transaction; returns the number of orders claimed (0: nothing due is left that is not held elsewhere).
     */
    int sweep(int shard, int shards);
}
