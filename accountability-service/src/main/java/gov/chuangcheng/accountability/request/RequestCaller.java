package gov.chuangcheng.accountability.request;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.problem.ProblemException;
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

    /**
     * The unit user filing a request about their order. The office corrects orders with its own levers and files none
     * of the unit's requests (one it filed could never be decided fairly): 403, even for a user who also has a unit role.
     */
    String filer() {
        if (actor.has(Roles.OFFICE)) {
            throw ProblemException.forbidden("创城办不代替责任单位提出申请：请直接使用作废、合并、升级、挂起等办公室操作");
        }
        return actor.username();
    }

    Decider decider() {
        return new Decider(actor.username(), actor.has(Roles.OFFICE));
    }
}
