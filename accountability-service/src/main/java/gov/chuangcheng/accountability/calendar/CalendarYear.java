package gov.chuangcheng.accountability.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** One year of the working calendar: office hours and the days that differ from the Monday–Friday rule. */
@Entity
@Table(name = "working_calendar")
public class CalendarYear extends PanacheEntityBase {
    @Id
    public int year;

    public String zone;

    @Column(name = "office_start")
    public LocalTime officeStart;

    @Column(name = "office_end")
    public LocalTime officeEnd;

    @Column(name = "break_start")
    public LocalTime breakStart;

    @Column(name = "break_end")
    public LocalTime breakEnd;

    @Column(name = "all_days_working")
    public boolean allDaysWorking;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @ElementCollection
    @CollectionTable(name = "working_calendar_day", joinColumns = @JoinColumn(name = "year"))
    @OrderBy("day")
    public List<CalendarDay> days = new ArrayList<>();
}
