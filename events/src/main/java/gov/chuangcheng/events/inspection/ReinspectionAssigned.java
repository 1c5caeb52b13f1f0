package gov.chuangcheng.events.inspection;

import java.time.OffsetDateTime;

/**
 * {@code cc.reinspection.assigned.v1}: a re-inspection (复查) has an inspector — from the patrol plan, claimed from the
 * pool, or assigned by the office (again, when the office moves it to another inspector).
 *
 * @param previousInspector the inspector it was taken from; null when it had none
 * @param by                who assigned it: {@code system} for the patrol plan, the inspector who claimed it, or the
 *                          office's user
 */
public record ReinspectionAssigned(
        ReinspectionRef reinspection,
        String inspector,
        ReinspectionAssignment assignment,
        String previousInspector,
        String by,
        OffsetDateTime at) {}
