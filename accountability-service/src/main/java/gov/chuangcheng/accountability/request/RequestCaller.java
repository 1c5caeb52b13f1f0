package gov.chuangcheng.accountability.request;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.RequestScoped;

/** Who calls a request endpoint: the units they act for, their name, and whether they decide (the office). */
@RequestScoped
class RequestCaller {

    private final Actor actor;
    private final UnitDirectory directory;

    RequestCaller(Actor actor, UnitDirectory directory) {
        this.actor = actor;
        this.directory = directory;
    }

    UnitScope scope() {
        return directory.scopeOf(actor);
    }

    String username() {
        return actor.username();
    }

    Decider decider() {
        return new Decider(actor.username(), actor.has(Roles.OFFICE));
    }
}
