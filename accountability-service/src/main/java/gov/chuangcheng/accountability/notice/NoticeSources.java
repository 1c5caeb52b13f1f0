package gov.chuangcheng.accountability.notice;

import gov.chuangcheng.accountability.ledger.LedgerService;
import gov.chuangcheng.accountability.ranking.RankingReport;
import gov.chuangcheng.accountability.ranking.RankingRow;
import gov.chuangcheng.accountability.ranking.RankingService;
import gov.chuangcheng.accountability.rectification.EscalatedOrders;
import gov.chuangcheng.accountability.rectification.EscalatedOrders.EscalatedOrder;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.platform.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads what a 通报 is assembled from — orders, ledger, ranking — and has {@link NoticeAssembly} assemble it. */
@ApplicationScoped
public class NoticeSources {

    private final EscalatedOrders orders;
    private final LedgerService ledger;
    private final RankingService ranking;
    private final EntityManager em;
    private final NoticeConfig config;

    public NoticeSources(
            EscalatedOrders orders,
            LedgerService ledger,
            RankingService ranking,
            EntityManager em,
            NoticeConfig config) {
        this.orders = orders;
        this.ledger = ledger;
        this.ranking = ranking;
        this.em = em;
        this.config = config;
    }

    /** The content of a notice for {@code period} as the data stand now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeContent assemble(Period period) {
        List<EscalatedOrder> reached = orders.reached(EscalationLevel.NOTICE, period.start(), period.end());
        Set<String> units = new LinkedHashSet<>();
        reached.forEach(o -> units.add(o.unitCode()));
        Map<String, RankingRow> rows = new HashMap<>();
        int ranked = 0;
        if (!units.isEmpty()) {
            RankingReport report = ranking.report(period);
            report.units().forEach(r -> rows.put(r.unitCode(), r));
            ranked = report.units().size();
        }
        return NoticeAssembly.assemble(
                period,
                reached,
                ledger.entriesIn(period.start(), period.end(), units),
                rows,
                ranked,
                config.issuerName());
    }

    /** Every active unit's code: whom a notice addressed to 各责任单位 reaches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> allUnitCodes() {
        return em.createNativeQuery("select code from directory_unit where active order by code")
                .getResultList();
    }
}
