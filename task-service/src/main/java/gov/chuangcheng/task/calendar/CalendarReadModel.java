package gov.chuangcheng.task.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.calendar.CalendarPublished;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * task-service's copy of the working calendar that accountability-service owns, kept from {@code cc.calendar.v1},
 * and the {@link WorkingCalendar} built on it (the one calendar arithmetic of the platform).
 */
@ApplicationScoped
public class CalendarReadModel {

    private final EntityManager em;
    private final ObjectMapper json;
    private final InboundEvents inbound;
    private final ZoneId districtZone;
    private final EventHandlers handlers;

    public CalendarReadModel(EntityManager em, ObjectMapper json, InboundEvents inbound, ZoneId districtZone) {
        this.em = em;
        this.json = json;
        this.inbound = inbound;
        this.districtZone = districtZone;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.CALENDAR_PUBLISHED, (envelope, year) -> store(year))
                .build();
    }

    @Incoming("calendar")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbound.dispatch("calendar-read-model", record, handlers);
    }

    void store(CalendarPublished year) {
        em.createNativeQuery("""
                        insert into calendar_year (year, payload, updated_at) values (?1, ?2, now())
                        on conflict (year) do update set payload = excluded.payload, updated_at = now()""")
                .setParameter(1, year.year())
                .setParameter(2, write(year))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<CalendarPublished> years() {
        List<String> rows = em.createNativeQuery("select payload from calendar_year order by year")
                .getResultList();
        return rows.stream().map(this::read).toList();
    }

    public WorkingCalendar calendar() {
        return WorkingCalendar.of(years(), districtZone);
    }

    private String write(CalendarPublished year) {
        try {
            return json.writeValueAsString(year);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CalendarPublished read(String payload) {
        try {
            return json.readValue(payload, CalendarPublished.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
