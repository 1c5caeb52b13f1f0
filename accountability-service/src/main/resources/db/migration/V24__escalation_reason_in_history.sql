-- Why an order climbed each rung, as a column: a 通报 tells how an order really escalated (提醒, 督办, overdue, a
-- failed verification, a leader's instruction) and must not parse it out of the note. Lines written before the
-- column read it off their note, which has always ended "<from> → <to>（<reason>）[：comment]".
alter table rectification_history add column reason varchar(30);
update rectification_history set reason = case substring(note from '→ [^（]*（([^）]*)）')
        when '临近整改期限' then 'DUE_SOON'
        when '逾期未整改' then 'OVERDUE'
        when '整改期间再次发现' then 'REPEAT_FAILURE'
        when '复查未通过' then 'REINSPECTION_FAILED'
        when '销号后反弹' then 'RELAPSE'
        when '人工升级' then 'MANUAL'
    end
where action = 'ESCALATED';
create index rectification_history_escalated on rectification_history (at) where action = 'ESCALATED';
