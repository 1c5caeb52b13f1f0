package gov.chuangcheng.task.decomposition;

import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.task.directory.Unit;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** What the task services share: finding a task the caller may see, applying a transition, showing a task. */
final class Tasks {

    private Tasks() {}

    /** The task if the scope sees it (it leads or co-operates on it); otherwise 404, as if it did not exist. */
    static Task visibleTask(String id, UnitScope scope) {
        return Task.<Task>findByIdOptional(id)
                .filter(t -> visible(t, scope))
                .orElseThrow(() -> ProblemException.notFound("task", id));
    }

    static boolean visible(Task task, UnitScope scope) {
        return task.unitCodes().anyMatch(scope::includes);
    }

    static <T> T transition(Supplier<T> change) {
        try {
            return change.get();
        } catch (TaskLifecycle.IllegalTransition e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    static TaskView view(Task task) {
        return TaskView.of(task, unitNames(task.unitCodes().collect(Collectors.toSet())));
    }

    static Map<String, String> unitNames(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return Unit.<Unit>list("code in ?1", codes).stream().collect(Collectors.toMap(u -> u.code, u -> u.name));
    }
}
