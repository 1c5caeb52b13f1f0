-- Office hours with a midday break (午休), e.g. 08:30–12:00 and 14:00–17:30: office time stops during it.
alter table working_calendar add column break_start time;
alter table working_calendar add column break_end time;
