package gov.chuangcheng.accountability.calendar;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A day that differs from the Monday–Friday rule: a holiday (放假) or a make-up working day (调休上班). */
@Embeddable
public class CalendarDay {
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String name;

    public enum Kind {
        HOLIDAY("放假"),
        MAKE_UP_WORKDAY("调休上班");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }
}
