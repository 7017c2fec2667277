package org.xuncha.personnelpools.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Training of the inspection cadres (一轮一培训, 每周大讲堂, 干部论坛, 专题培训): events with a trainer
 * from the trainer pool, invitees, attendance signed in by the office or by the attendee, class
 * hours per person and year, and the check that everyone seconded to a round attended its training.
 */
@ProviderType
public interface TrainingService {

    java.util.Set<String> SORTABLE = java.util.Set.of("date", "kind", "title", "id");

    /** Records a training: 400 naming every field at fault; the trainer must be in the trainer pool. */
    Training create(Caller caller, Training.Draft draft);

    Training training(Caller caller, long id);

    /** Trainings of the caller's divisions, filtered by year, kind and round (absent: any). */
    Page<Training> trainings(Caller caller, Integer year, TrainingKind kind, Long roundId, PageRequest page);

    /** Adds invitees (who are there already stay as they are). */
    Training invite(Caller caller, long id, List<Long> personIds);

    /** The office signs a person in (not before the day it is held); someone not invited is added as a walk-in. */
    Training signIn(Caller caller, long id, long personId);

    /** The attendee signs themselves in, on the day, if invited: the caller's account must be linked to a person. */
    Training selfSignIn(Caller caller, long id);

    /** Class hours attended per person in a year, most first. */
    List<TrainingReports.PersonHours> hours(Caller caller, int year);

    /** Who was seconded to the round and attended none of its 一轮一培训 events. */
    TrainingReports.RoundAttendance roundAttendance(Caller caller, long roundId);
}
