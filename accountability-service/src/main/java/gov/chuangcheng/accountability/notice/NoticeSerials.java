package gov.chuangcheng.accountability.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The serials of 发文字号 per year, with no gaps: the next one is taken in the issuing transaction by one statement
 * that moves {@code notice_serial.last} and keeps its row locked to the commit. A second issuance waits for the first
 * and gets the next number; a rollback gives its number back.
 */
@ApplicationScoped
public class NoticeSerials {

    private final EntityManager em;

    public NoticeSerials(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(int year) {
        return ((Number) em.createNativeQuery("""
                        insert into notice_serial (year, last) values (?1, 1)
                        on conflict (year) do update set last = notice_serial.last + 1
                        returning last""").setParameter(1, year).getSingleResult()).intValue();
    }
}
