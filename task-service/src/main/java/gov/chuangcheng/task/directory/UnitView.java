package gov.chuangcheng.task.directory;

import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.platform.security.Masking;
import java.util.List;

/** A unit as the API shows it. Contacts' phones and e-mails are masked unless the caller needs them. */
public record UnitView(
        String code,
        String name,
        UnitKind kind,
        String kindName,
        String parentCode,
        boolean active,
        long version,
        List<ContactView> contacts) {

    public record ContactView(
            String name, ContactRole role, String roleName, String phone, String email, String username) {}

    static UnitView of(Unit u, boolean revealPersonalData) {
        List<ContactView> contacts = u.contacts.stream()
                .map(c -> new ContactView(
                        c.name,
                        c.role,
                        c.role.displayName(),
                        revealPersonalData ? c.phone : Masking.phone(c.phone),
                        revealPersonalData ? c.email : Masking.email(c.email),
                        c.username))
                .toList();
        return new UnitView(u.code, u.name, u.kind, u.kind.displayName(), u.parentCode, u.active, u.version, contacts);
    }
}
