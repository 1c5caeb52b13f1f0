package gov.chuangcheng.task.directory;

import gov.chuangcheng.events.directory.ContactRole;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person of a unit whom notifications reach. */
@Embeddable
public class Contact {
    public String name;

    @Enumerated(EnumType.STRING)
    public ContactRole role;

    public String phone;
    public String email;
    public String username;
}
